import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Maps independent items on all cores, keeping their order.
///
/// Per-block work (tokenizing, block features, name runs) does not depend on other blocks, so it
/// splits into contiguous chunks, one task per chunk. Small inputs run inline: a thread hop costs
/// more than tokenizing a short article.
enum ParallelMap {
    /// Below this many items per chunk the work runs on the calling thread.
    static let inlineLimit = 64

    /// Returns `transform` applied to every index in `0..<count`, in index order.
    /// - Parameters:
    ///   - count: how many items.
    ///   - cost: a rough measure of the total work (e.g. bytes); under `minimumCost` it runs inline.
    ///   - transform: must be safe to call from several threads at once.
    ///   - minimumItemsPerChunk: fewer items than this per chunk are not worth a thread.
    static func map<Output: Sendable>(count: Int, cost: Int = .max, minimumCost: Int = 256 * 1024,
                                      minimumItemsPerChunk: Int = inlineLimit,
                                      _ transform: @Sendable (Int) -> Output) -> [Output] {
        let chunks = min(ProcessInfoCores.count * 4, count / max(1, minimumItemsPerChunk))
        if chunks < 2 || cost < minimumCost { return (0..<count).map(transform) }
        let results = ResultSlots<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = count * chunk / chunks
            let upper = count * (chunk + 1) / chunks
            for index in lower..<upper { results.store(transform(index), at: index) }
        }
        return results.collect()
    }
}

/// The number of cores to spread work over, read once.
private enum ProcessInfoCores {
    static let count: Int = {
        #if canImport(Glibc)
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
        return 1
        #endif
    }()
}

/// Write-once slots that worker chunks fill at disjoint indices.
///
/// Safe because every index is written by exactly one chunk and read only after
/// `concurrentPerform` has returned (it joins all its workers).
private final class ResultSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<Output?>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ value: Output, at index: Int) { slots[index] = value }

    func collect() -> [Output] {
        (0..<count).compactMap { slots[$0] }
    }
}
