extension PopulationFile {
  /// A population file's text and how it was decoded.
  struct DecodedText {
    var text: String
    /// Where the file stops being UTF-8, when it was read as Windows-1252 instead.
    var firstNonUTF8: (line: Int, column: Int, byte: UInt8)?
  }

  /// The text of a population file: UTF-8, without Excel's byte-order mark; UTF-16 with a byte-order mark;
  /// or Windows-1252 where the bytes are not UTF-8 (which ``load(_:file:)`` keeps only when every name then
  /// is a kommun).
  static func decode(_ bytes: [UInt8], file: String) -> Result<DecodedText, PopulationFileError> {
    func fail(_ line: Int, _ column: Int, _ message: String, _ hint: String? = nil) -> Result<
      DecodedText, PopulationFileError
    > {
      .failure(
        PopulationFileError(
          file: file,
          diagnostics: [
            Diagnostic(location: .init(file: file, line: line, column: column), message: message, hint: hint)
          ]))
    }
    if bytes.count > SourceText.maximumBytes {
      return fail(
        1, 1, "the population file is \(bytes.count) bytes; the limit is \(SourceText.maximumBytes) bytes (1 MiB)",
        "a population file has a line for each kommun; check that this is the file you meant")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
      guard bytes.count % 2 == 0 else {
        return fail(1, 1, "the population file is UTF-16 but has an odd number of bytes; it is cut short")
      }
      let littleEndian = bytes[0] == 0xFF
      let units = stride(from: 2, to: bytes.count, by: 2).map { i in
        littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
      }
      let text = String(decoding: units, as: UTF16.self)
      if let nul = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().first(where: {
        $0.element.contains("\u{0}")
      }) {
        return fail(
          nul.offset + 1, 1, "the population file contains a NUL character; it does not look like a text file")
      }
      return .success(DecodedText(text: text))
    }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    if let nul = body.firstIndex(of: 0) {
      let (line, column) = SourceText.position(of: nul, in: body)
      return fail(line, column, "the population file contains a NUL byte; it does not look like a text file")
    }
    guard let bad = SourceText.firstInvalidUTF8(body) else {
      return .success(DecodedText(text: String(decoding: body, as: UTF8.self)))
    }
    let (line, column) = SourceText.position(of: bad, in: body)
    return .success(DecodedText(text: windows1252(body), firstNonUTF8: (line, column, body[bad])))
  }

  /// Windows-1252's characters for the bytes 0x80 to 0x9F; the five bytes it leaves undefined keep their
  /// code points, as the WHATWG encoding standard decodes them.
  static let windows1252High: [UInt16] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
    0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// Bytes decoded as Windows-1252 (Latin-1 with printable characters at 0x80 to 0x9F).
  static func windows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if (0x80...0x9F).contains(byte) {
        scalars.append(Unicode.Scalar(windows1252High[Int(byte - 0x80)]) ?? "\u{FFFD}")
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }
}
