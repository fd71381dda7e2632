/// Per-block work over a whole document on all cores, with one `SpeakerPhraseReader` per
/// group of consecutive blocks.
///
/// A reader holds the document's bytes; making one per block on two cores at once makes both
/// count references to that one buffer, thousands of times over, which costs more than the
/// work itself. A group moves its reader from block to block instead.
enum BlockGroups {
    /// How many consecutive blocks share a reader.
    static let size = 16

    /// Returns `transform` applied to every block of `document`, in block order.
    /// - Parameter transform: given a block's index and a reader of its tokens; must be safe
    ///   to call from several threads at once.
    static func map<Output: Sendable>(_ document: Document,
                                      _ transform: @Sendable (Int, SpeakerPhraseReader) -> Output) -> [Output] {
        let count = document.tokens.count
        let utf8 = document.source.utf8
        let groups = ParallelMap.map(count: (count + size - 1) / size, cost: document.parallelCost) { group -> [Output] in
            var reader = SpeakerPhraseReader(tokens: [], utf8: utf8)
            var outputs: [Output] = []
            outputs.reserveCapacity(size)
            for block in (group * size)..<min(count, (group + 1) * size) {
                reader.tokens = document.tokens[block]
                outputs.append(transform(block, reader))
            }
            return outputs
        }
        var results: [Output] = []
        results.reserveCapacity(count)
        for outputs in groups { results += outputs }
        return results
    }
}
