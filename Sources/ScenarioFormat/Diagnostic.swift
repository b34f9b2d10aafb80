/// One problem in a scenario file, at a place, with an optional hint on how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable {
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong, one sentence.
  public var message: String
  /// How to fix it, if there is something useful to say.
  public var hint: String?

  /// Creates a diagnostic.
  public init(location: SourceLocation, message: String, hint: String? = nil) {
    self.location = location
    self.message = message
    self.hint = hint
  }
}

extension Diagnostic: CustomStringConvertible {
  /// `file:line:column: error: message`, and the hint on a second line.
  public var description: String {
    var text = "\(location): error: \(message)"
    if let hint { text += "\n  hint: \(hint)" }
    return text
  }
}
