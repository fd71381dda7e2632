/// Writes an article as the parse contract's JSON (docs/parse-contract.md).
public enum ContractJSON {
    /// Encodes `article` as one JSON object, as UTF-8 bytes ending in a newline.
    /// - Parameters:
    ///   - article: the parsed article.
    ///   - sourcePath: the path as the user gave it, echoed in `"source"`.
    /// - Returns: the JSON text's bytes.
    public static func encode(_ article: Article, sourcePath: String) -> [UInt8] {
        var json = JSONWriter(capacity: article.source.byteCount * 2 + 1024)
        json.beginObject()
        json.field("version", Article.contractVersion)
        json.field("source", sourcePath)
        json.field("title", article.title)
        json.field("dateline", article.dateline)
        json.field("byline", article.byline)
        json.key("blocks")
        json.beginArray()
        for block in article.blocks {
            json.beginObject()
            json.field("index", block.index)
            json.field("kind", block.kind.rawValue)
            json.field("category", block.category?.rawValue)
            json.field("start", block.span.start)
            json.field("end", block.span.end)
            json.field("text", block.text)
            json.endObject()
        }
        json.endArray()
        json.key("quotes")
        json.beginArray()
        for quote in article.quotes {
            json.beginObject()
            json.field("index", quote.index)
            json.field("block", quote.block)
            json.field("start", quote.span.start)
            json.field("end", quote.span.end)
            json.field("text", quote.text)
            json.field("speaker", quote.speaker)
            json.field("speakerKind", quote.speakerKind?.rawValue)
            json.field("cue", quote.cue)
            json.endObject()
        }
        json.endArray()
        json.key("people")
        json.beginArray()
        for person in article.people {
            json.beginObject()
            json.field("name", person.name)
            json.key("aliases")
            json.beginArray()
            for alias in person.aliases { json.value(alias) }
            json.endArray()
            json.field("role", person.role)
            json.key("mentions")
            json.beginArray()
            for mention in person.mentions {
                json.beginObject()
                json.field("block", mention.block)
                json.field("start", mention.span.start)
                json.field("end", mention.span.end)
                json.endObject()
            }
            json.endArray()
            json.field("quotes", person.quotes)
            json.field("boilerplateOnly", person.boilerplateOnly)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        var bytes = json.bytes
        bytes.append(0x0A)
        return bytes
    }
}
