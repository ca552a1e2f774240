#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The encodings a notice saved on a Chinese Windows machine comes in, and how to tell them apart.
///
/// `check` and `build` read UTF-8 only (`SourceText`); `publish import` also reads what Notepad,
/// Word and WPS save: UTF-16 or UTF-32 with a byte-order mark (“Unicode”) and GB18030, the national
/// standard that contains GBK and GB2312 (“ANSI” on a Chinese system). The order is fixed:
///
/// 1. valid UTF-8, with or without a byte-order mark;
/// 2. UTF-32, then UTF-16, told by the byte-order mark;
/// 3. GB18030, when every byte sequence decodes and nothing but text comes out (no control
///    characters other than tab, line ends and form feed), and the bytes are not mostly UTF-8
///    with a few damaged sequences (those are reported as damaged UTF-8, never guessed into
///    GB18030 mojibake).
///
/// The conversion itself is the system's (`iconv`), never a table kept here.
public enum SourceEncoding: Sendable, Equatable, CustomStringConvertible {
    case utf8(byteOrderMark: Bool)
    case utf16LittleEndian
    case utf16BigEndian
    case utf32LittleEndian
    case utf32BigEndian
    case gb18030

    /// The encoding's name as the user reads it, in their language.
    public var name: Message {
        switch self {
        case .utf8(let bom): Message(bom ? "encoding.utf8-bom" : "encoding.utf8")
        case .utf16LittleEndian: Message("encoding.utf16le")
        case .utf16BigEndian: Message("encoding.utf16be")
        case .utf32LittleEndian: Message("encoding.utf32le")
        case .utf32BigEndian: Message("encoding.utf32be")
        case .gb18030: Message("encoding.gb18030")
        }
    }

    public var description: String { name.text(in: .english) }

    /// The name `iconv` knows the encoding by.
    var iconvName: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf16LittleEndian: "UTF-16LE"
        case .utf16BigEndian: "UTF-16BE"
        case .utf32LittleEndian: "UTF-32LE"
        case .utf32BigEndian: "UTF-32BE"
        case .gb18030: "GB18030"
        }
    }

    // MARK: - Decoding

    /// The text of `bytes` and the encoding it was read in, or nil when no encoding above reads
    /// the bytes cleanly. A byte-order mark is not part of the text.
    public static func decode(_ bytes: [UInt8]) -> (text: String, encoding: SourceEncoding)? {
        let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]
        if bytes.starts(with: utf8BOM), let text = String(validating: bytes.dropFirst(3), as: UTF8.self) {
            return (text, .utf8(byteOrderMark: true))
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8(byteOrderMark: false)) }
        if let (encoding, markLength) = byteOrderMark(bytes) {
            guard let text = SystemTranscoder.utf8(bytes.dropFirst(markLength), from: encoding.iconvName) else {
                return nil
            }
            return (text, encoding)
        }
        guard !isMostlyUTF8(bytes), let text = SystemTranscoder.utf8(bytes[...], from: "GB18030"),
            !text.unicodeScalars.contains(where: isUnexpectedControl)
        else { return nil }
        return (text, .gb18030)
    }

    /// What a file that is not UTF-8 most likely is, for the finding that says so.
    public enum Guess: Sendable, Equatable {
        /// It decodes cleanly in this encoding (`publish import` reads it).
        case encoding(SourceEncoding)
        /// Every other byte is NUL: UTF-16 without the byte-order mark `import` needs.
        case utf16WithoutByteOrderMark
        /// UTF-8 with a few damaged sequences (a file cut short, a bad copy).
        case damagedUTF8
        /// Nothing reads it cleanly.
        case unknown
    }

    /// The likely encoding of `bytes`, which are known not to be valid UTF-8.
    public static func guess(_ bytes: [UInt8]) -> Guess {
        if let (_, encoding) = decode(bytes) { return .encoding(encoding) }
        if isMostlyUTF8(bytes) { return .damagedUTF8 }
        let sample = bytes.prefix(4096)
        let evenNULs = stride(from: 0, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        let oddNULs = stride(from: 1, to: sample.count, by: 2).filter { sample[sample.startIndex + $0] == 0 }.count
        if max(evenNULs, oddNULs) * 4 >= sample.count { return .utf16WithoutByteOrderMark }
        return .unknown
    }

    // MARK: - Helpers

    private static func byteOrderMark(_ bytes: [UInt8]) -> (SourceEncoding, Int)? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.utf32LittleEndian, 4) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.utf32BigEndian, 4) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (.utf16LittleEndian, 2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (.utf16BigEndian, 2) }
        return nil
    }

    /// Whether more multi-byte UTF-8 characters decode than sequences fail: UTF-8 text with a few
    /// damaged bytes. (GBK pairs almost never form valid UTF-8 sequences, so GBK text fails far
    /// more often than it decodes.)
    static func isMostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var valid = 0
        var invalid = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar.value >= 0x80 { valid += 1 }
            case .error: invalid += 1
            case .emptyInput: break loop
            }
        }
        return valid > invalid
    }

    /// Control characters text files do not hold: what comes out of binary data read as GB18030.
    private static func isUnexpectedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}

/// Converts bytes to UTF-8 through the C library's `iconv`, refusing what does not convert.
enum SystemTranscoder {
    /// The text of `bytes` in `encoding` (an iconv name), or nil when a sequence is invalid or cut
    /// short, or the system does not know the encoding.
    static func utf8(_ bytes: ArraySlice<UInt8>, from encoding: String) -> String? {
        let descriptor = iconv_open("UTF-8", encoding)
        guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
        defer { iconv_close(descriptor) }
        var input = Array(bytes)
        // Two UTF-8 bytes for every input byte hold any of these encodings; the loop grows the
        // buffer if a system thinks otherwise.
        var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
        var produced = 0
        let converted: Bool = input.withUnsafeMutableBufferPointer { inputBuffer in
            var inputPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress.map {
                UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
            }
            var inputLeft = inputBuffer.count
            while true {
                let (result, error, written) = output.withUnsafeMutableBufferPointer { outputBuffer in
                    var outputPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        outputBuffer.baseAddress! + produced
                    ).assumingMemoryBound(to: CChar.self)
                    var outputLeft = outputBuffer.count - produced
                    let before = outputLeft
                    let result =
                        inputLeft == 0
                        ? iconv(descriptor, nil, nil, &outputPointer, &outputLeft)
                        : iconv(descriptor, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    return (result, errno, before - outputLeft)
                }
                produced += written
                if result != -1 {
                    if inputLeft == 0 { return true }
                    continue
                }
                guard error == E2BIG else { return false }  // EILSEQ, EINVAL: invalid or cut short
                output += [UInt8](repeating: 0, count: output.count)
            }
        }
        guard converted else { return nil }
        return String(validating: output[..<produced], as: UTF8.self)
    }
}
