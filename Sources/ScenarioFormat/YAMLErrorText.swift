import Yams

/// Turns the YAML parser's errors into diagnostics with a location and plain words.
enum YAMLErrorText {
  /// The diagnostic for an error thrown by Yams.
  static func diagnostic(for error: Error, file: String) -> Diagnostic {
    func at(_ mark: Mark?, _ message: String, _ hint: String? = nil) -> Diagnostic {
      Diagnostic(
        location: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1), message: message,
        hint: hint)
    }
    guard let yaml = error as? YamlError else { return at(nil, "the file cannot be read as YAML: \(error)") }
    switch yaml {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      var message = "YAML syntax error: \(problem)"
      if let context { message += " (\(context.text) at line \(context.mark.line), column \(context.mark.column))" }
      return at(mark, message, hint(for: problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return at(
        context.mark, "duplicate key \(keys) in the same mapping (this is its first use)",
        "each key may appear once; remove or merge the repeats")
    case .reader(let problem, _, _, _):
      return at(nil, "the file cannot be read: \(problem)")
    default:
      return at(nil, "the file cannot be read as YAML: \(yaml)")
    }
  }

  /// Advice for the commonest syntax mistakes.
  private static func hint(for problem: String) -> String? {
    if problem.contains("tab") { return "indent with spaces, not tabs" }
    if problem.contains("mapping values are not allowed") {
      return "a value that contains ': ' must be quoted, or a key is indented wrongly"
    }
    if problem.contains("did not find expected key") { return "check the indentation of this line and the one above" }
    if problem.contains("found undefined alias") { return "'*' starts an alias in YAML; quote the value" }
    return nil
  }
}
