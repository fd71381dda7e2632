/// Marks page furniture (captions, promos, share bars…) as boilerplate with a category.
enum BoilerplateClassifier {
    /// Sets `kind` and `category` of each boilerplate block in `document`.
    static func classify(_ document: inout Document, quotes: [Quote]) {
        for index in document.header.bylineBlocks where document.blocks[index].kind == .paragraph {
            document.blocks[index].kind = .boilerplate
            document.blocks[index].category = .byline
        }
    }
}
