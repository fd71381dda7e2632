/// Tracks, during one pass in text order, which person with a given name was mentioned last:
/// what decides who a lone surname means when several people share it.
struct MentionRecency {
    private var events: [(start: Int, person: Int)]
    private var nextEvent = 0
    private var lastSeen: [Int]
    private var firstSeen: [Int]

    /// Starts before the first mention of `drafts`.
    init(_ drafts: [PersonDraft]) {
        var events: [(start: Int, person: Int)] = []
        for (person, draft) in drafts.enumerated() {
            for entry in draft.mentions { events.append((entry.mention.span.start, person)) }
        }
        events.sort { $0.start < $1.start }
        self.events = events
        lastSeen = Array(repeating: -1, count: drafts.count)
        firstSeen = Array(repeating: Int.max, count: drafts.count)
        for event in events where event.start < firstSeen[event.person] { firstSeen[event.person] = event.start }
    }

    /// Counts every known mention that starts before `offset` as seen.
    mutating func advance(to offset: Int) {
        while nextEvent < events.count, events[nextEvent].start < offset {
            lastSeen[events[nextEvent].person] = events[nextEvent].start
            nextEvent += 1
        }
    }

    /// Records a new mention of `person` at `offset`.
    mutating func record(_ person: Int, at offset: Int) {
        if person >= lastSeen.count {
            lastSeen += Array(repeating: -1, count: person + 1 - lastSeen.count)
            firstSeen += Array(repeating: Int.max, count: person + 1 - firstSeen.count)
        }
        lastSeen[person] = max(lastSeen[person], offset)
        firstSeen[person] = min(firstSeen[person], offset)
    }

    /// Of `candidates`, the one mentioned last so far, else the one mentioned first later on.
    func best(among candidates: [Int]) -> Int? {
        var best: Int?
        for person in candidates {
            guard let current = best else { best = person; continue }
            let seen = lastSeen(person), currentSeen = lastSeen(current)
            if seen != currentSeen ? seen > currentSeen : first(person) < first(current) { best = person }
        }
        return best
    }

    private func lastSeen(_ person: Int) -> Int { person < lastSeen.count ? lastSeen[person] : -1 }
    private func first(_ person: Int) -> Int { person < firstSeen.count ? firstSeen[person] : Int.max }
}
