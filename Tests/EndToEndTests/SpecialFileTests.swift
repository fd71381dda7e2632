import Foundation
import Testing
import TestSupport

/// Things that are not regular files, met directly or behind a symlink: a FIFO with no writer
/// (which would block a read for ever), /dev/zero (which never ends), a sparse file over the size
/// limit. `byline parse`, the reader and the library refuse each at once with one line; a
/// symlink to a regular article still works.
///
/// Each run is killed after `timeout` seconds, so a hang fails the test instead of stalling it.
@Suite struct SpecialFileTests {
    static let timeout = 60.0

    /// A folder with a FIFO, symlinks to it, to /dev/zero, to a 1.2 GB sparse file and to an
    /// article; removed when dropped.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-special-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try #require(mkfifo(path("fifo"), 0o644) == 0)
            try FileManager.default.createSymbolicLink(atPath: path("link-to-fifo"), withDestinationPath: path("fifo"))
            try FileManager.default.createSymbolicLink(atPath: path("link-to-zero"), withDestinationPath: "/dev/zero")
            FileManager.default.createFile(atPath: path("huge.txt"), contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path("huge.txt")))
            try handle.truncate(atOffset: 1_200 << 20)  // sparse: costs no disk
            try handle.close()
            try FileManager.default.createSymbolicLink(atPath: path("link-to-huge"), withDestinationPath: path("huge.txt"))
            try FileManager.default.createSymbolicLink(atPath: path("link-to-article"),
                                                       withDestinationPath: Fixtures.articlesFolder.appendingPathComponent("blinken-mideast.txt").path)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    }

    static let refused: [(name: String, message: String)] = [
        ("fifo", "not a regular file"), ("link-to-fifo", "not a regular file"),
        ("link-to-zero", "not a regular file"), ("link-to-huge", "file is too large"),
    ]

    @Test(arguments: [["parse", "--json"], []])
    func parseAndThePlainReaderRefuseAtOnce(_ command: [String]) throws {
        let folder = try Folder()
        for (name, message) in Self.refused {
            let result = try MeasuredRun.byline(command + [folder.path(name)], timeout: Self.timeout)
            try #require(!result.timedOut, "\(command) \(name): still running after \(Self.timeout) s")
            #expect(result.status == 1, "\(command) \(name)")
            #expect(result.stderr == "byline: \(folder.path(name)): \(message)\n" || result.stderr.contains(message), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        let article = try MeasuredRun.byline(command + [folder.path("link-to-article")], timeout: Self.timeout)
        #expect(article.status == 0, "a symlink to an article is read: \(article.stderr)")
        #expect(article.stdoutText.contains("Blinken off to Mideast"))
    }

    @Test(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
    func theReaderOnASymlinkToAFIFOIsOneLine() throws {
        let folder = try Folder()
        let tmux = try TmuxSession(width: 200, height: 24, command: ShellHandBack.command([folder.path("link-to-fifo")]))
        defer { tmux.close() }
        let after = try ShellHandBack.waitForExit(tmux, timeout: Self.timeout)
        #expect(after.contains("link-to-fifo: not a regular file"), "\(after)")
        #expect(ShellHandBack.exitStatus(in: after) == 1)
        #expect(try ShellHandBack.problems(after: after, in: tmux).isEmpty)
    }

    @Test func theLibraryListsThemAsProblemsAndFinishes() throws {
        let folder = try Folder()
        let paths = ["link-to-article"] + Self.refused.map(\.name)
        let result = try MeasuredRun.byline(paths.map(folder.path), environment: ["XDG_STATE_HOME": folder.path("xdg"),
                                                                                 "XDG_CACHE_HOME": folder.path("xdg")],
                                            timeout: Self.timeout)
        try #require(!result.timedOut, "the index never finished")
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == paths.count)
        for (name, message) in Self.refused {
            #expect(lines.contains { $0.hasPrefix(folder.path(name) + "\t") && $0.contains(message) }, "\(name): \(result.stdoutText)")
        }
    }
}
