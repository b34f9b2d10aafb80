/// A place in a file: the file's path as the user named it, a line and a column, both from 1.
public struct SourceLocation: Sendable, Hashable, Codable {
  /// The file's path as the user named it.
  public var file: String
  /// The line, from 1.
  public var line: Int
  /// The column, from 1, counted in Unicode scalars.
  public var column: Int

  /// Creates a location.
  public init(file: String, line: Int, column: Int) {
    self.file = file
    self.line = max(1, line)
    self.column = max(1, column)
  }
}

extension SourceLocation: CustomStringConvertible {
  /// `file:line:column`, the form editors and compilers use.
  public var description: String { "\(file):\(line):\(column)" }
}
