/// Maps colours, styles and whole themes down to what a terminal can show, by nearest match:
/// truecolor → 256 → 16 → 8 → mono.
extension Color {
    /// This colour as the nearest one available at `depth`; `.default` stays `.default`, and at
    /// `.mono` every colour becomes `.default`.
    public func mapped(to depth: ColorDepth) -> Color {
        switch (self, depth) {
        case (.default, _), (_, .trueColor):
            return self
        case (_, .mono):
            return .default
        case (.ansi(let ansi), .ansi8):
            return .ansi(ansi.withoutBrightness)
        case (.ansi, _):
            return self
        case (.index(let index), .palette256):
            return .index(index)
        case (.index(let index), _) where index < 16:
            return Color.ansi(ANSIColor(rawValue: Int(index)) ?? .white).mapped(to: depth)
        case let (.rgb(red, green, blue), .palette256):
            return .index(ColorPalette.nearestIndex(to: .init(red, green, blue)))
        case (_, .ansi16), (_, .ansi8):
            guard let rgb = ColorPalette.rgb(of: self) else { return .default }
            return .ansi(ColorPalette.nearestANSI(to: rgb, among: depth == .ansi8 ? 8 : 16))
        }
    }
}

extension ANSIColor {
    /// Whether this is one of the eight bright colours.
    public var isBright: Bool { rawValue >= 8 }

    /// The basic colour of a bright one (bright red → red); basic colours are unchanged.
    public var withoutBrightness: ANSIColor { ANSIColor(rawValue: rawValue % 8) ?? self }
}

extension Style {
    /// This style with its colours mapped to `depth`. On an 8-colour terminal a bright text colour
    /// becomes its basic colour plus bold, the way such terminals have always shown brightness;
    /// a text colour that nearest-matches to a bright one does the same. Text never ends up in
    /// its own background colour: when two different colours collapse into one, the text takes
    /// the nearest colour other than the background.
    public func mapped(to depth: ColorDepth) -> Style {
        var style = self
        if depth == .ansi8 {
            let nearest16 = foreground.mapped(to: .ansi16)
            if case .ansi(let ansi) = nearest16, ansi.isBright, !attributes.contains(.dim) {
                style.attributes.insert(.bold)
            }
            style.foreground = nearest16.mapped(to: .ansi8)
        } else {
            style.foreground = foreground.mapped(to: depth)
        }
        style.background = background.mapped(to: depth)
        if style.foreground == style.background, style.foreground != .default, foreground != background,
           let rgb = ColorPalette.rgb(of: foreground), case .ansi(let hidden) = style.background {
            let count = depth == .ansi8 ? 8 : 16
            style.foreground = .ansi(ColorPalette.nearestANSI(to: rgb, among: count, excluding: hidden))
        }
        return style
    }

    /// Whether the style sets a text or background colour.
    public var usesColor: Bool { foreground != .default || background != .default }
}

extension Theme {
    /// This theme with every role mapped to `depth`.
    ///
    /// At `.mono` a role that relied on colour would vanish into the body text (or, keeping only
    /// its own attributes, look like a neighbouring role), so it takes the attributes `fallback`
    /// (the mono theme) gives that role instead: quotes stay underlined, search matches reversed.
    /// Roles styled by attributes alone keep them.
    public func adapted(to depth: ColorDepth, fallback: Theme = .mono) -> Theme {
        var adapted = self
        for role in StyleRole.allCases {
            let style = self[role]
            adapted[role] = depth == .mono && style.usesColor
                ? Style(attributes: fallback[role].attributes)
                : style.mapped(to: depth)
        }
        return adapted
    }
}
