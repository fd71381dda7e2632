/// Attributes quotations to speakers.
enum SpeakerAttributor {
    /// Sets `speaker`, `speakerKind` and `cue` on each quote that can be attributed with confidence.
    static func attribute(_ quotes: inout [Quote], people: inout [Person], in document: Document) {
    }
}
