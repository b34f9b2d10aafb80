import Yams

/// Reads YAML nodes against a schema, collecting every problem as a ``Diagnostic``.
///
/// Each read returns `nil` after recording a diagnostic, so a caller goes on with the rest of the
/// file and the user sees all the errors at once.
struct NodeReader {
  /// The file the nodes come from, as the user named it.
  let file: String
  /// The problems found so far.
  var diagnostics: [Diagnostic] = []
  /// The numbers already reported as written with a decimal comma, by location; read again, they fail quietly.
  private var decimalCommaNumbers: Set<SourceLocation> = []
  /// How many nodes have been visited; bounded so aliases cannot make a walk explode.
  private var visits = 0
  /// The most nodes a scenario may have.
  static let maximumNodes = 100_000

  init(file: String) { self.file = file }

  /// The location of a node (line 1, column 1 when YAML gave none).
  func location(_ node: Node?) -> SourceLocation {
    let mark = node?.mark
    return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
  }

  /// Records a problem at a node.
  mutating func error(_ node: Node?, _ message: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(location: location(node), message: message, hint: hint))
  }

  /// Records a problem at a location.
  mutating func error(at location: SourceLocation, _ message: String, hint: String? = nil) {
    diagnostics.append(Diagnostic(location: location, message: message, hint: hint))
  }

  /// Whether the walk may visit another node; records one error when the limit is passed.
  mutating func visit(_ node: Node) -> Bool {
    visits += 1
    if visits == Self.maximumNodes + 1 {
      error(node, "the file has more than \(Self.maximumNodes) values; scenario files are short")
    }
    return visits <= Self.maximumNodes
  }

  /// What kind of YAML value a node is, for messages.
  static func kind(_ node: Node) -> String {
    switch node {
    case .scalar(let s):
      if s.tag.rawValue == Tag.Name.null.rawValue || (s.string.isEmpty && s.style == .plain) { return "nothing" }
      return s.style == .plain ? "'\(s.string)'" : "the text \"\(s.string)\""
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .alias: return "an alias"
    }
  }

  // MARK: Mappings

  /// The keys of a mapping, checked against the allowed and required keys.
  ///
  /// Unknown keys are errors with a "did you mean"; each missing required key is an error at the mapping,
  /// and then the result is `nil`, so callers may rely on required keys being present.
  mutating func fields(
    _ node: Node, _ what: String, allowed: [String], required: [String] = []
  ) -> Fields? {
    guard visit(node) else { return nil }
    guard case .mapping(let mapping) = node else {
      error(node, "\(what) must be a mapping (key: value lines), got \(Self.kind(node))")
      return nil
    }
    var fields = Fields(node: node)
    var previous: (key: String, value: Node)?
    for (keyNode, value) in mapping {
      defer { previous = (keyNode.string ?? "", value) }
      guard case .scalar(let key) = keyNode,
        key.style == .plain || key.style == .singleQuoted || key.style == .doubleQuoted
      else {
        error(keyNode, "a key in \(what) must be a plain name, got \(Self.kind(keyNode))")
        continue
      }
      if let previous, reportDecimalComma(key: keyNode, value: value, after: previous) { continue }
      guard allowed.contains(key.string) else {
        var hint = NameSuggestion.hint(for: key.string, among: allowed) ?? ""
        hint += (hint.isEmpty ? "" : " ") + "Allowed keys: \(allowed.joined(separator: ", "))."
        error(keyNode, "unknown key '\(key.string)' in \(what)", hint: hint)
        continue
      }
      fields.values[key.string] = (keyNode, value)
    }
    let missing = required.filter { fields.values[$0] == nil }
    for key in missing { error(node, "\(what) needs the key '\(key)'") }
    return missing.isEmpty ? fields : nil
  }

  /// Whether a key is the decimals of the number before it: `{probability: 0,15}` is, to YAML, the key
  /// 'probability' with the value 0 and a key '15' without a value. Records one error at the number.
  private mutating func reportDecimalComma(key: Node, value: Node, after previous: (key: String, value: Node)) -> Bool {
    guard case .scalar(let decimals) = key, decimals.style == .plain, decimals.string.wholeMatch(of: /[0-9]+/) != nil,
      case .scalar(let empty) = value, empty.style == .plain, empty.string.isEmpty,
      case .scalar(let whole) = previous.value, whole.style == .plain,
      whole.string.wholeMatch(of: /[+-]?[0-9]+/) != nil,
      let wholeMark = previous.value.mark, let decimalsMark = key.mark, wholeMark.line == decimalsMark.line,
      decimalsMark.column <= wholeMark.column + whole.string.count + 2
    else { return false }
    let written = "\(whole.string),\(decimals.string)"
    var hint = "write \(whole.string).\(decimals.string): YAML numbers use a decimal point"
    if decimals.string.count == 3, whole.string.drop(while: { $0 == "+" || $0 == "-" }).first != "0" {
      hint += " (or \(whole.string)\(decimals.string) if the comma separates thousands)"
    }
    error(
      previous.value,
      "'\(previous.key)' is written with a decimal comma, \(written), which YAML reads as \(whole.string) and a key "
        + "'\(decimals.string)'",
      hint: hint)
    decimalCommaNumbers.insert(location(previous.value))
    return true
  }

  /// The items of a list.
  mutating func sequence(_ node: Node, _ what: String) -> [Node]? {
    guard visit(node) else { return nil }
    guard case .sequence(let sequence) = node else {
      error(node, "\(what) must be a list, got \(Self.kind(node))")
      return nil
    }
    return Array(sequence)
  }

  // MARK: Scalars

  /// A text value; numbers written plainly are read as their text.
  mutating func string(_ node: Node, _ what: String, allowEmpty: Bool = false) -> String? {
    guard visit(node) else { return nil }
    guard case .scalar(let s) = node, s.tag.rawValue != Tag.Name.null.rawValue || s.style != .plain else {
      error(node, "\(what) must be a text, got \(Self.kind(node))")
      return nil
    }
    let text = s.string.trimmingSpaces
    guard allowEmpty || !text.isEmpty else {
      error(node, "\(what) cannot be empty")
      return nil
    }
    return text
  }

  /// A whole number within a range.
  mutating func integer(_ node: Node, _ what: String, in range: ClosedRange<Int64>) -> Int64? {
    guard let text = plainNumber(node, what, "a whole number") else { return nil }
    let digits = text.filter { $0 != "_" }
    guard digits.wholeMatch(of: /[+-]?[0-9]+/) != nil else {
      var hint: String?
      if text.contains(" ") { hint = "write the number without spaces, e.g. 243500000" }
      if digits.wholeMatch(of: /[+-]?[0-9]{1,3}(,[0-9]{3})+/) != nil {
        hint = "write \(digits.filter { $0 != "," }): YAML numbers have no thousands separators"
      }
      if digits.wholeMatch(of: /[+-]?[0-9]+\.0*/) != nil { hint = "leave out the decimals" }
      error(node, "\(what) must be a whole number, got '\(text)'", hint: hint)
      return nil
    }
    guard let value = Int64(digits), range.contains(value) else {
      error(node, "\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), got \(text)")
      return nil
    }
    return value
  }

  /// A whole number from 0 to `UInt64.max`.
  mutating func unsigned(_ node: Node, _ what: String) -> UInt64? {
    guard let text = plainNumber(node, what, "a whole number") else { return nil }
    let digits = text.filter { $0 != "_" }
    guard digits.wholeMatch(of: /\+?[0-9]+/) != nil, let value = UInt64(digits.drop { $0 == "+" }) else {
      error(node, "\(what) must be a whole number from 0 to \(UInt64.max), got \(text)")
      return nil
    }
    return value
  }

  /// A decimal number as written, unchecked beyond its syntax (so it may be infinite: `1e999`).
  ///
  /// For values a later check bounds, such as those of ``UncertaintySpec/validationErrors()``.
  mutating func numeral(_ node: Node, _ what: String) -> Double? {
    guard let text = plainNumber(node, what, "a number") else { return nil }
    let cleaned = text.filter { $0 != "_" }
    guard cleaned.wholeMatch(of: /[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?/) != nil,
      let value = Double(cleaned)
    else {
      var hint: String?
      if let comma = text.wholeMatch(of: /([+-]?[0-9]*),([0-9]+)/) {
        hint = "write \(comma.1).\(comma.2): YAML numbers use a decimal point"
      }
      error(node, "\(what) must be a number, got '\(text)'", hint: hint)
      return nil
    }
    return value
  }

  /// The text of a scalar as written, for messages about its value.
  static func text(_ node: Node) -> String? {
    guard case .scalar(let s) = node else { return nil }
    return s.string.trimmingSpaces
  }

  /// A finite decimal number within a range.
  mutating func number(
    _ node: Node, _ what: String, in range: ClosedRange<Double>, excludingLower: Bool = false
  ) -> Double? {
    guard let value = numeral(node, what), let text = Self.text(node) else { return nil }
    let below = excludingLower ? value <= range.lowerBound : value < range.lowerBound
    guard value.isFinite, !below, value <= range.upperBound else {
      let bounds =
        excludingLower
        ? "above \(Self.format(range.lowerBound)) and at most \(Self.format(range.upperBound))"
        : "from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))"
      error(node, "\(what) must be a number \(bounds), got \(text)")
      return nil
    }
    return value
  }

  /// One of a fixed set of words.
  mutating func word(_ node: Node, _ what: String, among words: [String]) -> String? {
    guard let text = string(node, what) else { return nil }
    guard words.contains(text) else {
      var hint = "use one of: \(words.joined(separator: ", "))"
      if let exact = words.first(where: { $0.lowercased() == text.lowercased() }) {
        hint = "write '\(exact)'"
      } else if let near = NameSuggestion.hint(for: text, among: words) {
        hint = near + " Use one of: \(words.joined(separator: ", "))."
      }
      error(node, "\(what) must be one of \(words.joined(separator: ", ")), got '\(text)'", hint: hint)
      return nil
    }
    return text
  }

  /// The text of a plain scalar that should hold a number; quoted or non-scalar values are errors.
  private mutating func plainNumber(_ node: Node, _ what: String, _ expected: String) -> String? {
    guard visit(node), !decimalCommaNumbers.contains(location(node)) else { return nil }
    guard case .scalar(let s) = node, s.style == .plain, !s.string.isEmpty, s.tag.rawValue != Tag.Name.null.rawValue
    else {
      var hint: String?
      if case .scalar(let s) = node, s.style != .plain { hint = "leave out the quotes" }
      error(node, "\(what) must be \(expected), got \(Self.kind(node))", hint: hint)
      return nil
    }
    return s.string.trimmingSpaces
  }

  /// A number for a message: whole numbers without decimals, others to at most 9 decimals.
  static func format(_ value: Double) -> String {
    guard value.isFinite else { return "\(value)" }
    if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
    let rounded = (value * 1e9).rounded() / 1e9
    return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int64(rounded)) : "\(rounded)"
  }
}

/// The values of a mapping by key, with the key nodes for locations.
struct Fields {
  /// The mapping itself.
  var node: Node
  /// The key node and value of each key present.
  var values: [String: (key: Node, value: Node)] = [:]

  /// The value of a key, if present.
  subscript(key: String) -> Node? { values[key]?.value }

  /// The node of a key, if present.
  func keyNode(_ key: String) -> Node? { values[key]?.key }
}

extension String {
  /// The text without leading and trailing spaces and line breaks.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
