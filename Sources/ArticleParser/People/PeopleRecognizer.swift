/// Recognises the people an article mentions and merges their aliases.
enum PeopleRecognizer {
    /// Returns each person once, with every mention.
    static func recognize(in document: Document) -> [Person] {
        []
    }
}
