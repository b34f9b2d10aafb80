/// A plain-text table with aligned columns, measured in characters so Swedish names line up.
public struct TextTable: Sendable {
  /// How a column's cells are aligned.
  public enum Alignment: Sendable { case left, right }

  /// The column headers.
  public var headers: [String]
  /// The alignment of each column.
  public var alignments: [Alignment]
  /// The body rows; a `nil` row draws a rule.
  public var rows: [[String]?] = []

  /// Creates an empty table with headers and alignments.
  public init(headers: [String], alignments: [Alignment]) {
    precondition(headers.count == alignments.count, "one alignment per column")
    self.headers = headers
    self.alignments = alignments
  }

  /// Adds a row of cells.
  public mutating func append(_ cells: [String]) {
    precondition(cells.count == headers.count, "one cell per column")
    rows.append(cells)
  }

  /// Adds a horizontal rule.
  public mutating func appendRule() { rows.append(nil) }

  /// The table as lines of text, columns separated by two spaces.
  public func render() -> String {
    var widths = headers.map(\.count)
    for row in rows.compactMap({ $0 }) {
      for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return alignments[i] == .left ? cell + pad : pad + cell
      }.joined(separator: "  ").replacing(/\s+$/, with: "")
    }
    let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
    var out = [line(headers), rule]
    for row in rows { out.append(row.map(line) ?? rule) }
    return out.joined(separator: "\n") + "\n"
  }
}
