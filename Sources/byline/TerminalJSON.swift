/// JSON made safe to print on a terminal.
///
/// JSON escapes C0 controls but may carry C1 controls (U+0080–U+009F) raw, and some terminals
/// act on those (U+009B is a CSI, U+009D an OSC). Printed on a terminal, the contract's JSON
/// escapes them too: the same document, byte for byte different only there. Structural JSON is
/// ASCII, so a C1 control can only be inside a string, where `\u0080` means the same.
enum TerminalJSON {
    /// `json` with every UTF-8 encoded C1 control (C2 80 … C2 9F) written as a `\u00XX` escape.
    static func escapingC1Controls(_ json: [UInt8]) -> [UInt8] {
        guard json.contains(0xC2) else { return json }
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(json.count)
        var index = 0
        while index < json.count {
            let byte = json[index]
            if byte == 0xC2, index + 1 < json.count, (0x80...0x9F).contains(json[index + 1]) {
                let control = json[index + 1]
                out += Array(#"\u00"#.utf8) + [hex[Int(control >> 4)], hex[Int(control & 0xF)]]
                index += 2
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }
}
