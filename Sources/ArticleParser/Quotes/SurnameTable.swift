/// The surnames the resolver has read, looked up by a token's bytes: the scan for later
/// mentions of them asks this of every capitalised word of the document, and a `String`
/// key would be made and hashed for each.
///
/// Only ASCII tokens are looked up here; others take the `String` dictionary, so that
/// string equality decides exactly as before. An ASCII token can equal a form that is not
/// ASCII only through KELVIN SIGN (its canonical decomposition is "K"); a form holding one
/// sends every token down the dictionary path.
struct SurnameTable: Sendable {
    /// Whether some first byte starts a form.
    private let leadBytes: [Bool]
    /// The forms' bytes, and the read name each stands for.
    private let forms: [[UInt8]]
    private let reads: [SpeakerResolver.ReadRef?]
    /// Per slot, the index of its form plus one (0 when empty).
    private let slots: [Int32]
    private let mask: Int
    /// Whether the byte look-up cannot be trusted (see above).
    private let stringsOnly: Bool

    /// A table of `surnameForms` (written form → `readNames` key), each form standing for the
    /// read name `readIDs` gives its key.
    init(_ surnameForms: [String: String], readIDs: [String: SpeakerResolver.ReadRef]) {
        var leadBytes = [Bool](repeating: false, count: 256)
        var forms: [[UInt8]] = []
        var reads: [SpeakerResolver.ReadRef?] = []
        var stringsOnly = false
        for (form, key) in surnameForms {
            if let lead = form.utf8.first { leadBytes[Int(lead)] = true }
            if form.unicodeScalars.contains("\u{212A}") { stringsOnly = true }
            forms.append(Array(form.utf8))
            reads.append(readIDs[key])
        }
        var size = 16
        while size < forms.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (position, form) in forms.enumerated() {
            var slot = Int(Self.hash(form[...])) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(position + 1)
        }
        self.leadBytes = leadBytes
        self.forms = forms
        self.reads = reads
        self.slots = slots
        self.mask = size - 1
        self.stringsOnly = stringsOnly
    }

    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Whether some form starts with `byte`.
    @inline(__always)
    func leads(_ byte: UInt8) -> Bool { leadBytes[Int(byte)] }

    /// Token `index`'s byte range when the table can judge it (it is all ASCII), else nil.
    func asciiBytes(_ reader: SpeakerPhraseReader, _ index: Int) -> Range<Int>? {
        guard !stringsOnly else { return nil }
        let bytes = reader.tokens[index].bytes
        for offset in bytes where reader.utf8[offset] >= 0x80 { return nil }
        return bytes
    }

    /// The read name of the form spelt exactly by the bytes `range` of `utf8`.
    func read(_ utf8: [UInt8], _ range: Range<Int>) -> SpeakerResolver.ReadRef? {
        let word = utf8[range]
        var slot = Int(Self.hash(word)) & mask
        while slots[slot] != 0 {
            let position = Int(slots[slot]) - 1
            if forms[position].elementsEqual(word) { return reads[position] }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
