// libFuzzer entry point over the whole parser: decoding, segmentation, quotes, boilerplate,
// people and attribution, plus the JSON contract writer. Built by Tests/Fuzz/run-fuzzer.sh
// together with the ArticleParser sources (one module, so internal invariants can be checked).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let decoded = try? SourceDecoder.decode(bytes) else { return 0 }
    let article = Analyzer.parse(decoded.source)
    let scalars = decoded.source.scalarCount
    var previousEnd = 0
    for block in article.blocks {
        precondition(block.span.start >= previousEnd && block.span.end <= scalars, "block out of order or bounds")
        precondition(decoded.source.string(block.span) == block.text, "block text is not its slice")
        previousEnd = block.span.end
    }
    for quote in article.quotes {
        precondition(quote.block >= 0 && quote.block < article.blocks.count, "quote in no block")
        precondition(article.blocks[quote.block].span.contains(quote.span), "quote outside its block")
        precondition(decoded.source.string(quote.span) == quote.text, "quote text is not its slice")
    }
    for person in article.people {
        for mention in person.mentions {
            precondition(mention.block >= 0 && mention.block < article.blocks.count, "mention in no block")
            precondition(mention.span.end <= scalars, "mention out of bounds")
        }
    }
    _ = ContractJSON.encode(article, sourcePath: "fuzz")
    return 0
}
