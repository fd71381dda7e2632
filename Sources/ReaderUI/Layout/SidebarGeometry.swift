/// Where the people sidebar goes on a screen, and how much room it leaves the article.
///
/// On a wide screen the sidebar docks at the right and the article re-wraps to the columns
/// left; below `dockingWidth` it is hidden by default and, when asked for, floats over the
/// article as an overlay so the text keeps a readable width.
public struct SidebarGeometry: Sendable, Equatable {
    /// How the sidebar is placed.
    public enum Placement: Sendable, Equatable {
        /// Not shown.
        case hidden
        /// Beside the article, which takes the columns left.
        case docked
        /// Over the article's right side.
        case overlay
    }

    /// The narrowest screen that docks the sidebar: it leaves the text 76 columns or more.
    public static let dockingWidth = 110
    /// The sidebar's width, its border included.
    public static let preferredWidth = 30

    /// How the sidebar is placed.
    public var placement: Placement
    /// The sidebar's columns, its left border included (empty when hidden).
    public var columns: Range<Int>
    /// The columns the article is laid out in, from column 0.
    public var articleWidth: Int

    /// The geometry for a screen.
    /// - Parameters:
    ///   - size: the screen size.
    ///   - sidebar: the sidebar's state (whether it was asked for).
    ///   - hasPeople: whether the article has people to list; an empty sidebar is not shown unless asked for.
    public init(size: TerminalSize, sidebar: SidebarState, hasPeople: Bool) {
        let wide = size.width >= Self.dockingWidth
        let shown = sidebar.shownOverride ?? (wide && hasPeople)
        if !shown {
            placement = .hidden
            columns = size.width..<size.width
            articleWidth = size.width
        } else if wide {
            placement = .docked
            columns = (size.width - Self.preferredWidth)..<size.width
            articleWidth = size.width - Self.preferredWidth
        } else {
            placement = .overlay
            let width = max(0, min(Self.preferredWidth, size.width - 6))
            columns = (size.width - width)..<size.width
            articleWidth = size.width
        }
    }

    /// Whether the sidebar is on screen.
    public var isShown: Bool { placement != .hidden }
}

extension PageGeometry {
    /// The geometry for a screen whose article has only the first `articleWidth` columns.
    public init(size: TerminalSize, articleWidth: Int) {
        self.init(size: size)
        let usable = max(1, min(size.width, articleWidth) - 4)
        measure = min(Self.maximumMeasure, usable)
        left = max(0, (min(size.width, articleWidth) - measure) / 2)
    }
}
