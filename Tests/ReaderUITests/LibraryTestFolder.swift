import Foundation

/// A temporary folder for one library test, removed when the test drops it.
final class LibraryTestFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("byline-library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes an article file and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    /// Sets a file's modification time.
    func touch(_ path: String, modified: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Short invented articles for library tests.
enum LibrarySamples {
    static let harbour = """
        Harbour crane contract signed after long talks

        PORTSMOUTH – Mayor Ellen Varga signed the crane contract on Friday.

        “This secures two hundred jobs,” Varga said.

        Union leader Tobias Reinholt welcomed the deal. “We waited a long time,” Reinholt said.
        """
    static let orchard = """
        Orchard growers count the cost of late frost

        KELOWNA – Growers lost half the cherry crop, said farmer Nadia Okonkwo.

        “The blossoms simply turned brown overnight,” Okonkwo said.
        """
    static let plain = "Just a note without a headline or anyone in it, really nothing more here at all.\n"
}
