/// A strict check of JSON syntax that says where a damaged file goes wrong (line and column, 1-based; the
/// column counts characters), before a decoder reads it.
///
/// Foundation's decoder rejects the same files, but its messages differ between platforms and do not
/// always name a position; this check names one for every damaged file, e.g. one cut short by a full disk.
struct JSONSyntax {
  /// Deeper nesting is refused rather than risking the stack.
  static let maximumDepth = 512

  /// Where a document goes wrong, and why.
  struct Problem: Equatable {
    var line: Int
    var column: Int
    var message: String

    /// `line:column`.
    var position: String { "\(line):\(column)" }
  }

  /// Where and why `bytes` are not one JSON value, or `nil` when they are.
  static func problem(in bytes: [UInt8]) -> Problem? {
    var scanner = JSONSyntax(bytes: bytes)
    do throws(Failure) {
      scanner.skipSpace()
      try scanner.value(depth: 0)
      scanner.skipSpace()
      if scanner.i < bytes.count { throw Failure(at: scanner.i, "text after the end of the JSON document") }
      return nil
    } catch {
      let (line, column) = scanner.position(of: error.offset)
      return Problem(line: line, column: column, message: error.message)
    }
  }

  struct Failure: Error {
    var offset: Int
    var message: String
    init(at offset: Int, _ message: String) {
      self.offset = offset
      self.message = message
    }
  }

  let bytes: [UInt8]
  var i = 0

  /// The 1-based line and column of a byte offset (columns count UTF-8 characters, not bytes).
  func position(of offset: Int) -> (Int, Int) {
    var line = 1
    var column = 1
    for b in bytes[0..<min(offset, bytes.count)] {
      if b == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }

  mutating func skipSpace() {
    while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 }
  }

  func ended(_ what: String) -> Failure { Failure(at: i, "the file ends inside \(what): it is cut short") }

  mutating func value(depth: Int) throws(Failure) {
    guard i < bytes.count else { throw ended("the document") }
    guard depth < Self.maximumDepth else { throw Failure(at: i, "nesting deeper than \(Self.maximumDepth) levels") }
    switch bytes[i] {
    case UInt8(ascii: "{"): try object(depth: depth)
    case UInt8(ascii: "["): try array(depth: depth)
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    case UInt8(ascii: "t"): try word("true")
    case UInt8(ascii: "f"): try word("false")
    case UInt8(ascii: "n"): try word("null")
    default: throw Failure(at: i, "expected a value (an object, array, string, number, true, false or null)")
    }
  }

  mutating func object(depth: Int) throws(Failure) {
    i += 1
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      return
    }
    while true {
      guard i < bytes.count else { throw ended("an object") }
      guard bytes[i] == UInt8(ascii: "\"") else { throw Failure(at: i, "expected a key in double quotes") }
      try string()
      skipSpace()
      guard i < bytes.count else { throw ended("an object") }
      guard bytes[i] == UInt8(ascii: ":") else { throw Failure(at: i, "expected ':' after the key") }
      i += 1
      skipSpace()
      try value(depth: depth + 1)
      skipSpace()
      guard i < bytes.count else { throw ended("an object") }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        return
      }
      guard bytes[i] == UInt8(ascii: ",") else { throw Failure(at: i, "expected ',' or '}' in an object") }
      i += 1
      skipSpace()
    }
  }

  mutating func array(depth: Int) throws(Failure) {
    i += 1
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      return
    }
    while true {
      try value(depth: depth + 1)
      skipSpace()
      guard i < bytes.count else { throw ended("an array") }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        return
      }
      guard bytes[i] == UInt8(ascii: ",") else { throw Failure(at: i, "expected ',' or ']' in an array") }
      i += 1
      skipSpace()
    }
  }

  mutating func string() throws(Failure) {
    i += 1
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        return
      }
      if b < 0x20 { throw Failure(at: i, "a control character (a line break?) inside a string") }
      if b == UInt8(ascii: "\\") {
        i += 1
        guard i < bytes.count else { break }
        switch bytes[i] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          i += 1
        case UInt8(ascii: "u"):
          for _ in 0..<4 {
            i += 1
            guard i < bytes.count else { throw ended("a string") }
            guard isHexDigit(bytes[i]) else { throw Failure(at: i, "expected four hex digits after \\u") }
          }
          i += 1
        default: throw Failure(at: i, "an unknown escape in a string")
        }
        continue
      }
      i += 1
    }
    throw ended("a string")
  }

  private func isHexDigit(_ b: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(b)
      || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(b)
  }

  mutating func number() throws(Failure) {
    func digits() -> Int {
      let from = i
      while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
      return i - from
    }
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    guard digits() > 0 else { throw Failure(at: i, "expected a digit in a number") }
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      i += 1
      guard digits() > 0 else { throw Failure(at: i, "expected a digit after the decimal point") }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard digits() > 0 else { throw Failure(at: i, "expected a digit in the exponent") }
    }
  }

  mutating func word(_ text: StaticString) throws(Failure) {
    let start = i
    let n = text.utf8CodeUnitCount
    guard i + n <= bytes.count else { throw ended("the document") }
    for k in 0..<n where bytes[i + k] != text.utf8Start[k] {
      throw Failure(at: start, "expected a value (an object, array, string, number, true, false or null)")
    }
    i += n
  }
}
