import ArgumentParser
import Reports

/// How a command prints its result.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
  /// A table for an 80-column terminal.
  case table
  /// Comma-separated values with a header row.
  case csv
  /// JSON, for other tools.
  case json
}

extension CSVDialect: ExpressibleByArgument {}

extension RowSelection.Order: ExpressibleByArgument {}

extension Array where Element == String {
  /// The `--kommun` filter: `nil` (every kommun) when none was given.
  var kommunFilter: [String]? { isEmpty ? nil : self }
}
