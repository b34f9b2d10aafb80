/// Checks a file's bytes before YAML sees them: size, encoding, tabs and nesting depth.
///
/// Each check gives a precise location, and guards the YAML parser from input that would make it
/// misread the file (a BOM, Latin-1 bytes) or recurse without bound (deep nesting).
enum SourceText {
  /// The largest scenario or population file accepted, in bytes.
  static let maximumBytes = 1 << 20
  /// The deepest nesting of flow collections (`[`, `{`) accepted.
  static let maximumFlowDepth = 32
  /// The widest indentation (including `- ` and `? ` prefixes) accepted, in characters.
  static let maximumIndent = 200

  /// The text of a file as UTF-8, or the diagnostics that say why it cannot be read.
  static func decode(_ bytes: [UInt8], file: String, what: String = "file") -> Result<String, ScenarioError> {
    func fail(_ line: Int, _ column: Int, _ message: String, _ hint: String? = nil) -> Result<String, ScenarioError> {
      .failure(
        ScenarioError(
          file: file,
          diagnostics: [
            Diagnostic(location: SourceLocation(file: file, line: line, column: column), message: message, hint: hint)
          ]))
    }
    if bytes.count > maximumBytes {
      return fail(
        1, 1, "the \(what) is \(bytes.count) bytes; the limit is \(maximumBytes) bytes (1 MiB)",
        "a scenario is a short text; check that this is the file you meant")
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return fail(
        1, 1, "the \(what) starts with a byte-order mark (BOM)",
        "save it as plain UTF-8 without BOM (often called 'UTF-8' rather than 'UTF-8 with BOM')")
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return fail(1, 1, "the \(what) is encoded as UTF-16", "save it as UTF-8")
    }
    if let bad = firstInvalidUTF8(bytes) {
      let (line, column) = position(of: bad, in: bytes)
      let byte = bytes[bad]
      let hex = "0x" + String(byte, radix: 16, uppercase: true)
      var hint = "save the \(what) as UTF-8"
      if byte >= 0xA0 {
        let latin1 = Character(Unicode.Scalar(byte))
        hint =
          "the byte \(hex) is '\(latin1)' in Latin-1 (ISO 8859-1, Windows-1252); "
          + "the \(what) seems to be saved in that encoding: save it as UTF-8"
      }
      return fail(
        line, column, "the \(what) is not valid UTF-8: byte \(hex) cannot start or continue a character", hint)
    }
    if let nul = bytes.firstIndex(of: 0) {
      let (line, column) = position(of: nul, in: bytes)
      return fail(line, column, "the \(what) contains a NUL byte; it does not look like a text file")
    }
    return .success(String(decoding: bytes, as: UTF8.self))
  }

  /// Diagnostics for YAML text that the parser should not see: tabs in indentation, too deep nesting,
  /// aliases.
  ///
  /// Aliases are refused before parsing because the YAML parser hashes every mapping key to find
  /// duplicates: an alias of a nested anchor used as a key (`{*a9: x}` after ten doubling anchors)
  /// takes time exponential in the file's size, a hang on a file of a few hundred bytes.
  static func structuralProblems(_ text: String, file: String) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    var flowDepth = 0
    var deepestReported = false
    var aliasReported = false
    for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let scalars = Array(line.unicodeScalars)
      var column = 0
      // Leading indentation, with the `- ` and `? ` of nested block collections.
      var indentEnd = 0
      while indentEnd < scalars.count, [" ", "\t", "-", "?"].contains(scalars[indentEnd]) {
        if scalars[indentEnd] == "-" || scalars[indentEnd] == "?" {
          let next = indentEnd + 1 < scalars.count ? scalars[indentEnd + 1] : " "
          guard next == " " || next == "\t" else { break }
        }
        if scalars[indentEnd] == "\t", problems.count < 20 {
          problems.append(
            Diagnostic(
              location: SourceLocation(file: file, line: lineIndex + 1, column: indentEnd + 1),
              message: "a tab in the indentation; YAML indents with spaces only",
              hint: "replace the tab with spaces"))
          break
        }
        indentEnd += 1
      }
      if indentEnd > maximumIndent, !deepestReported {
        problems.append(
          Diagnostic(
            location: SourceLocation(file: file, line: lineIndex + 1, column: 1),
            message: "the file is nested too deeply (indented \(indentEnd) characters; the limit is \(maximumIndent))"))
        deepestReported = true
      }
      // Flow collections, outside quotes and comments.
      var quote: Unicode.Scalar?
      while column < scalars.count {
        let c = scalars[column]
        if let q = quote {
          if c == q { quote = nil }
        } else if c == "\"" || c == "'" {
          let previous = column > 0 ? scalars[column - 1] : " "
          if [" ", "[", "{", ",", ":"].contains(previous) { quote = c }
        } else if c == "#" {
          let previous = column > 0 ? scalars[column - 1] : " "
          if previous == " " || previous == "\t" { break }
        } else if c == "[" || c == "{" {
          flowDepth += 1
          if flowDepth > maximumFlowDepth, !deepestReported {
            problems.append(
              Diagnostic(
                location: SourceLocation(file: file, line: lineIndex + 1, column: column + 1),
                message: "the file is nested too deeply (more than \(maximumFlowDepth) levels of [ ] or { })"))
            deepestReported = true
          }
        } else if c == "]" || c == "}" {
          flowDepth = max(0, flowDepth - 1)
        } else if c == "*", !aliasReported,
          startsAlias(scalars, at: column, indentEnd: indentEnd, inFlow: flowDepth > 0)
        {
          problems.append(
            Diagnostic(
              location: SourceLocation(file: file, line: lineIndex + 1, column: column + 1),
              message: "aliases (*name) are not supported in scenario files",
              hint: "write the value out in full, or quote it if the '*' is part of a text"))
          aliasReported = true
        }
        column += 1
      }
    }
    return problems
  }

  /// Whether the `*` at `column` starts a YAML alias: it begins a node (at the start of the line's
  /// content, or after `: `, `- `, `? `, or in flow context after `[`, `{` or `,`) and a name follows.
  static func startsAlias(_ scalars: [Unicode.Scalar], at column: Int, indentEnd: Int, inFlow: Bool) -> Bool {
    guard column + 1 < scalars.count,
      scalars[column + 1].properties.isAlphabetic || scalars[column + 1].properties.numericType != nil
        || scalars[column + 1] == "_" || scalars[column + 1] == "-"
    else { return false }
    if column == indentEnd { return true }
    var before = column - 1
    while before >= 0, scalars[before] == " " { before -= 1 }
    guard before >= 0 else { return true }
    let spaced = before < column - 1
    switch scalars[before] {
    case ":", "-", "?": return spaced
    case "[", "{", ",": return inFlow
    default: return false
    }
  }

  /// The index of the first byte that is not part of a valid UTF-8 sequence, if any.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let length: Int
      var minimum: UInt32 = 0
      var value: UInt32
      switch b {
      case 0x00...0x7F:
        i += 1
        continue
      case 0xC2...0xDF:
        length = 2
        value = UInt32(b & 0x1F)
        minimum = 0x80
      case 0xE0...0xEF:
        length = 3
        value = UInt32(b & 0x0F)
        minimum = 0x800
      case 0xF0...0xF4:
        length = 4
        value = UInt32(b & 0x07)
        minimum = 0x10000
      default: return i
      }
      guard i + length <= bytes.count else { return i }
      for k in 1..<length {
        let c = bytes[i + k]
        guard c & 0xC0 == 0x80 else { return i }
        value = value << 6 | UInt32(c & 0x3F)
      }
      guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return i }
      i += length
    }
    return nil
  }

  /// The line and column (from 1, counted in characters of the valid prefix) of a byte offset.
  static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for b in bytes[..<offset] {
      if b == 0x0A {
        line += 1
        column = 1
      } else if b & 0xC0 != 0x80 {
        column += 1
      }
    }
    return (line, column)
  }
}
