/// Draws the reader into a frame of `size`: the article, the status line, and the help overlay
/// when it is open. Pure: the same state and size always give the same frame.
/// - Parameters:
///   - state: the reader state.
///   - size: the screen size.
///   - keymap: the keys the help overlay lists.
/// - Returns: the frame to paint.
public func render(_ state: ReaderState, size: TerminalSize, keymap: Keymap = .standard) -> Frame {
    var state = state
    if state.size != size { reduce(&state, .resize(size)) }
    var frame = Frame(width: size.width, height: size.height)
    let geometry = state.geometry
    if geometry.isTooSmall {
        TinyScreen.draw(into: &frame)
        return frame
    }
    ArticleView.draw(state, into: &frame)
    SidebarRenderer.draw(state, into: &frame)
    StatusLine.draw(state, into: &frame)
    if state.helpVisible { HelpOverlay.draw(keymap, into: &frame, bodyHeight: geometry.bodyHeight) }
    return frame
}

/// The message shown instead of the article on a screen too small for it.
enum TinyScreen {
    static func draw(into frame: inout Frame) {
        let text = "Terminal too small (\(frame.width)×\(frame.height)). Enlarge it, or press q to quit."
        let block = PreparedBlock(ArticleParserBlock.make(text))
        for (row, range) in Wrapper.wrap(block, width: max(1, frame.width)).prefix(frame.height).enumerated() {
            frame.write(block.text(range), row: row, column: 0, role: .statusBar)
        }
    }
}
