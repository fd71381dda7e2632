import ArticleParser
import Testing
@testable import ReaderUI

@Suite struct SidebarLayoutTests {
    func frame(_ state: ReaderState) -> Frame { render(state, size: state.size) }

    @Test(arguments: [(60, SidebarGeometry.Placement.hidden), (100, .hidden), (110, .docked), (120, .docked), (200, .docked)])
    func placementAndArticleWidth(width: Int, placement: SidebarGeometry.Placement) {
        let state = SidebarFixture.state(width: width)
        let sidebar = state.sidebarGeometry
        #expect(sidebar.placement == placement)
        let geometry = state.geometry
        #expect(geometry.left + geometry.measure <= sidebar.articleWidth, "the text stays clear of the sidebar")
        if placement == .docked {
            #expect(sidebar.columns == (width - SidebarGeometry.preferredWidth)..<width)
            #expect(geometry.measure == min(PageGeometry.maximumMeasure, width - SidebarGeometry.preferredWidth - 4))
            #expect(geometry.measure >= 76, "a docked sidebar leaves a comfortable measure")
        } else {
            #expect(geometry == PageGeometry(size: state.size))
        }
    }

    @Test(arguments: [60, 70, 90])
    func anOverlayLeavesTheTextWhereItWas(width: Int) {
        var state = SidebarFixture.state(width: width)
        let before = state.geometry
        reduce(&state, .toggleSidebar)
        #expect(state.sidebarGeometry.placement == .overlay)
        #expect(state.geometry == before)
        let columns = state.sidebarGeometry.columns
        #expect(columns.upperBound == width && columns.count <= SidebarGeometry.preferredWidth && columns.count >= 4)
        let frame = frame(state)
        #expect(frame[0, columns.lowerBound].text == "│")
        #expect(frame.lines.contains { $0.contains("Ana Ruiz") })
    }

    @Test func dockingReWrapsTheArticle() {
        var state = SidebarFixture.state(width: 110)
        let docked = state.layout
        #expect(state.geometry.measure == 76)
        reduce(&state, .toggleSidebar)
        #expect(state.geometry.measure == 80)
        #expect(state.layout != docked, "the text re-wraps to the wider measure")
        #expect(state.layout == DocumentLayout(state.article, width: state.geometry.measure, folds: state.folds))
    }

    @Test func theListShowsNamesRolesAndCountsWithTheCreditApart() throws {
        let state = SidebarFixture.state(width: 120)
        let frame = frame(state)
        let left = state.sidebarGeometry.columns.lowerBound
        let sidebar = frame.lines.map { String($0.dropFirst(left)) }
        let ana = try #require(sidebar.firstIndex { $0.contains("Ana Ruiz") })
        let tom = try #require(sidebar.firstIndex { $0.contains("Tom Oduya") })
        let apart = try #require(sidebar.firstIndex { $0.contains("Only in boilerplate") })
        let lee = try #require(sidebar.firstIndex { $0.contains("Lee Park") })
        #expect(ana < tom && tom < apart && apart < lee)
        #expect(sidebar[ana + 1].contains("Mayor"))
        #expect(sidebar[ana + 2].contains("3 mentions · 2 quotes"))
        #expect(sidebar[tom + 2].contains("1 mention · 1 quote"))
        #expect(frame[lee, left + 2].role == .boilerplate, "boilerplate-only people are dimmed")
        #expect(frame[ana, left + 2].role == .person)
        for row in 0..<state.geometry.bodyHeight {
            #expect(frame[row, left].text == "│")
        }
    }

    @Test func theSelectedPersonAndTheirMentionsAreHighlighted() throws {
        var state = SidebarFixture.state(width: 120)
        reduce(&state, .toggleSidebarFocus)
        let frame = frame(state)
        let left = state.sidebarGeometry.columns.lowerBound
        let row = try #require(frame.lines.firstIndex { $0.dropFirst(left).contains("Ana Ruiz") })
        #expect(frame[row, left + 2].role == .selectedPerson)
        let textRow = try #require(frame.lines.firstIndex { $0.prefix(left).contains("said Mayor Ana Ruiz") })
        let column = try #require(frame.line(textRow).range(of: "Ana Ruiz")).lowerBound
        let offset = frame.line(textRow).distance(from: frame.line(textRow).startIndex, to: column)
        #expect(frame[textRow, offset].role == .mention)
        #expect(frame[textRow, offset - 2].role != .mention, "only the name is marked")
        let status = frame.lines[frame.height - 1]
        #expect(status.contains("Ana Ruiz · 3 mentions"))
    }

    @Test func hidingBoilerplateHidesTheCreditFromTheList() {
        var state = SidebarFixture.state(width: 120)
        reduce(&state, .toggleBoilerplateFilter)
        let text = frame(state).lines.joined(separator: "\n")
        #expect(!text.contains("Lee Park"))
        #expect(!text.contains("Only in boilerplate"))
        #expect(text.contains("Tom Oduya"))
    }

    @Test func aLongListScrollsToKeepTheSelectionInView() {
        var state = SidebarFixture.state(width: 120, height: 8)
        reduce(&state, .toggleSidebarFocus)
        reduce(&state, .moveSelection(2))
        #expect(state.selectedPersonName == "Lee Park")
        let left = state.sidebarGeometry.columns.lowerBound
        let sidebar = frame(state).lines.prefix(state.geometry.bodyHeight).map { String($0.dropFirst(left)) }
        #expect(sidebar.contains { $0.contains("Lee Park") })
        #expect(sidebar.contains { $0.contains("1 mention · 0 quotes") })
    }
}
