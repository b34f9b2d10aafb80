import AllocationModel
import EmbeddedData

/// The user's population file: CSV as Excel writes it, a header and then one kommun a line.
///
/// The header names the columns, in any order: `kommun` (the name), `kod` or `code` (SCB's four-digit
/// kommun code; optional when there is a name, and then it must agree with it) and `population` or
/// `folkmängd`. The separator is `,`, `;` or a tab, whichever the header uses; cells may be quoted.
/// Numbers are Swedish: spaces, no-break spaces or narrow no-break spaces between thousands, and a decimal
/// comma (`94 000,00`; the decimals must be zero). Every name and code must be one of Sweden's 290
/// kommuner (``KommunRegister``). The bytes may be UTF-8 with or without Excel's byte-order mark, UTF-16
/// with a byte-order mark (Excel's "Unicode text") or Windows-1252 (see ``load(_:file:)``); lines may end
/// in CRLF.
///
/// The file is read by hand rather than with a CSV library (SwiftCSV, CSV.swift): those give cells without
/// the line and column they came from, so an error could not point into the file, they take text that is
/// already decoded, so they cannot try Windows-1252 only where UTF-8 fails and keep it only when every name
/// then is a kommun, and they leave Swedish numbers to the caller. What is left for a library to do here
/// (quotes within one line) is the few lines of ``CSVLine``.
public enum PopulationFile {
  /// The figures read from a population file, or the problems with it, each at file:line:column.
  struct Parsed {
    /// Each kommun's population.
    var figures: [String: Int] = [:]
    /// Every problem, in file order.
    var diagnostics: [Diagnostic] = []
    /// The problems that are names matching no kommun (also in ``diagnostics``).
    var unknownNames: [Diagnostic] = []
  }

  /// The figures of a population file's text, with the file's own lines and columns in every diagnostic.
  static func parse(_ text: String, file: String) -> Parsed {
    var parsed = Parsed()
    var header: Header?
    var headerLine = 0
    var rows = 0
    var firstLine: [String: Int] = [:]
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    for (index, line) in lines.enumerated() {
      let number = index + 1
      let content = String(line)
      if content.trimmingSpaces.isEmpty || content.hasPrefix("#") { continue }
      guard let columns = header else {
        switch Header.read(content) {
        case .success(let read):
          header = read
          headerLine = number
        case .failure(let problem):
          parsed.diagnostics.append(problem.at(file: file, line: number))
          return parsed
        }
        continue
      }
      let cells: [CSVLine.Cell]
      switch CSVLine.cells(content, separator: columns.separator) {
      case .success(let split): cells = split
      case .failure(let problem):
        rows += 1
        parsed.diagnostics.append(problem.at(file: file, line: number))
        continue
      }
      // Excel writes a row whose cells are all empty as separators alone.
      if cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) { continue }
      rows += 1
      let row = Row(cells: cells, line: number, file: file, header: columns)
      guard let (kommun, population) = row.read(into: &parsed) else { continue }
      if let earlier = firstLine[kommun] {
        parsed.diagnostics.append(
          row.diagnostic(row.nameColumn, "\(kommun) appears twice in the population file (first on line \(earlier))"))
        continue
      }
      firstLine[kommun] = number
      parsed.figures[kommun] = population
    }
    if let header, rows == 0 {
      let separator = header.separator == "\t" ? "a tab" : "'\(header.separator)'"
      parsed.diagnostics.append(
        Diagnostic(
          location: .init(file: file, line: headerLine, column: 1),
          message: "the population file has a header but no rows",
          hint: "add a row for each kommun under the header, its columns separated by \(separator)"))
    } else if header == nil {
      parsed.diagnostics.append(
        Diagnostic(
          location: .init(file: file, line: 1, column: 1),
          message: "the population file is empty; it needs a header such as 'kommun,population' and a row a kommun"))
    }
    return parsed
  }
}
