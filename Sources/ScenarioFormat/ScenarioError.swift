import AllocationModel

/// A scenario file that cannot be used: every problem found in it, in file order.
public struct ScenarioError: Error, Sendable, Hashable {
  /// The file.
  public var file: String
  /// The problems, sorted by line and column.
  public var diagnostics: [Diagnostic]

  /// Creates an error from diagnostics, which it sorts by position.
  public init(file: String, diagnostics: [Diagnostic]) {
    self.file = file
    self.diagnostics = diagnostics.enumerated().sorted { a, b in
      let (l, r) = (a.element.location, b.element.location)
      if l.file != r.file { return l.file == file }
      if l.line != r.line { return l.line < r.line }
      if l.column != r.column { return l.column < r.column }
      return a.offset < b.offset
    }.map(\.element)
  }
}

extension ScenarioError: CustomStringConvertible {
  /// A summary line, then one `file:line:column: error: …` line (and hint) per problem.
  public var description: String { Self.report("the scenario \(file)", diagnostics) }

  /// "SUBJECT cannot be used (N errors):", then one line (and hint) per diagnostic.
  static func report(_ subject: String, _ diagnostics: [Diagnostic]) -> String {
    let count = diagnostics.count == 1 ? "1 error" : "\(diagnostics.count) errors"
    return "\(subject) cannot be used (\(count)):\n" + diagnostics.map(\.description).joined(separator: "\n")
  }
}

extension ScenarioError: UserFacingError {}
