/// The RGB values that colour numbers stand for, after xterm's defaults, and nearest-colour search.
///
/// The 16 ANSI colours differ between terminals (users configure them); xterm's defaults are a
/// fair middle ground for deciding which of them is closest to a given RGB colour.
public enum ColorPalette {
    /// An RGB triple.
    public struct RGB: Sendable, Hashable {
        /// Red, 0–255.
        public var red: UInt8
        /// Green, 0–255.
        public var green: UInt8
        /// Blue, 0–255.
        public var blue: UInt8

        /// Creates a triple.
        public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    /// xterm's default RGB for each of the 16 ANSI colours, in `ANSIColor` order.
    public static let ansi: [RGB] = [
        RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
        RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
        RGB(127, 127, 127), RGB(255, 0, 0), RGB(0, 255, 0), RGB(255, 255, 0),
        RGB(92, 92, 255), RGB(255, 0, 255), RGB(0, 255, 255), RGB(255, 255, 255),
    ]

    /// The six channel levels of xterm's 6×6×6 colour cube (indices 16–231).
    static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a 256-colour palette entry.
    public static func rgb(ofIndex index: UInt8) -> RGB {
        let value = Int(index)
        if value < 16 { return ansi[value] }
        if value >= 232 {
            let grey = UInt8(8 + 10 * (value - 232))
            return RGB(grey, grey, grey)
        }
        let cube = value - 16
        return RGB(UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]), UInt8(cubeLevels[cube % 6]))
    }

    /// The RGB value of a colour, or nil for the terminal's default colour (unknown to us).
    public static func rgb(of color: Color) -> RGB? {
        switch color {
        case .default: nil
        case .ansi(let ansiColor): ansi[ansiColor.rawValue]
        case .index(let index): rgb(ofIndex: index)
        case let .rgb(red, green, blue): RGB(red, green, blue)
        }
    }

    /// How different two colours look: squared RGB distance weighted by the mean red level
    /// ("redmean"), a cheap approximation of perceived difference.
    public static func distance(_ a: RGB, _ b: RGB) -> Int {
        let meanRed = (Int(a.red) + Int(b.red)) / 2
        let red = Int(a.red) - Int(b.red)
        let green = Int(a.green) - Int(b.green)
        let blue = Int(a.blue) - Int(b.blue)
        return (((512 + meanRed) * red * red) >> 8) + 4 * green * green + (((767 - meanRed) * blue * blue) >> 8)
    }

    /// The palette entry (16–255: the cube and the grey ramp, which unlike 0–15 are the same on
    /// every terminal) closest to `rgb`.
    public static func nearestIndex(to rgb: RGB) -> UInt8 {
        let cube = [rgb.red, rgb.green, rgb.blue].map(nearestCubeLevel)
        let cubeIndex = UInt8(16 + 36 * cube[0] + 6 * cube[1] + cube[2])
        let mean = (Int(rgb.red) + Int(rgb.green) + Int(rgb.blue)) / 3
        let greyStep = min(23, max(0, (mean - 8 + 5) / 10))
        let greyIndex = UInt8(232 + greyStep)
        let cubeDistance = distance(rgb, self.rgb(ofIndex: cubeIndex))
        let greyDistance = distance(rgb, self.rgb(ofIndex: greyIndex))
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// The ANSI colour closest to `rgb` among the first `count` (8 or 16), optionally leaving
    /// one out (the background, so text stays visible).
    public static func nearestANSI(to rgb: RGB, among count: Int = 16, excluding excluded: ANSIColor? = nil) -> ANSIColor {
        var best = ANSIColor.black
        var bestDistance = Int.max
        for candidate in ANSIColor.allCases.prefix(max(1, min(16, count))) where candidate != excluded {
            let candidateDistance = distance(rgb, ansi[candidate.rawValue])
            if candidateDistance < bestDistance {
                best = candidate
                bestDistance = candidateDistance
            }
        }
        return best
    }

    /// The cube level (0–5) closest to one channel value.
    private static func nearestCubeLevel(_ channel: UInt8) -> Int {
        let value = Int(channel)
        var best = 0
        for (level, levelValue) in cubeLevels.enumerated() where abs(levelValue - value) < abs(cubeLevels[best] - value) {
            best = level
        }
        return best
    }
}
