/// A result that broke one of fordela's guarantees: a bug, reported as an internal error (exit status 1).
struct InternalCheckFailure: Error, Equatable, CustomStringConvertible {
  /// The result that was checked, e.g. "the scenario allocation".
  var what: String
  /// The broken guarantees, one sentence each.
  var violations: [String]

  /// One paragraph: the first few violations, and what to do.
  var description: String {
    let shown = violations.prefix(5).joined(separator: "; ")
    let more = violations.count > 5 ? " (and \(violations.count - 5) more)" : ""
    return "internal check failed for \(what): \(shown)\(more); nothing was written. This is a bug in fordela: "
      + "please report it with the scenario file"
  }
}
