/// The flavour of CSV to write.
public enum CSVDialect: String, CaseIterable, Sendable {
  /// Plain CSV: `,` between fields, `.` in decimals, no byte-order mark.
  case plain
  /// For Swedish Excel: `;` between fields, decimal comma, UTF-8 with a byte-order mark.
  case excelSv = "excel-sv"

  /// The field separator.
  public var separator: Character { self == .plain ? "," : ";" }

  /// What the file starts with.
  public var preamble: String { self == .plain ? "" : "\u{FEFF}" }

  /// A number as this dialect writes it (shortest exact form; a comma as decimal mark for excel-sv).
  public func number(_ value: Double) -> String {
    let text = Kronor.plain(value)
    return self == .plain ? text : text.replacing(".", with: ",")
  }

  /// A whole number as this dialect writes it.
  public func number(_ value: Int64) -> String { String(value) }

  /// One line of fields.
  public func line(_ fields: [String]) -> String { CSVWriter.line(fields, separator: separator) }
}
