import AllocationModel

/// A population file that cannot be used: every problem found in it, in file order.
public struct PopulationFileError: Error, Sendable, Hashable {
  /// The file.
  public var file: String
  /// The problems, sorted by line and column.
  public var diagnostics: [Diagnostic]

  /// Creates an error from diagnostics, which it sorts by position.
  public init(file: String, diagnostics: [Diagnostic]) {
    self.file = file
    self.diagnostics = ScenarioError(file: file, diagnostics: diagnostics).diagnostics
  }
}

extension PopulationFileError: CustomStringConvertible {
  /// A summary line, then one `file:line:column: error: …` line (and hint) per problem.
  public var description: String { ScenarioError.report("the population file \(file)", diagnostics) }
}

extension PopulationFileError: UserFacingError {}
