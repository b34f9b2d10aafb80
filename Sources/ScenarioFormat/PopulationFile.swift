import AllocationModel

/// The user's population file: CSV with the header `kommun,population`, one kommun a line.
public enum PopulationFile {
  /// The figures of a population file, or the diagnostics (with the CSV's own line and column).
  static func parse(_ text: String, file: String, knownKommuner: Set<String>) -> Result<[String: Int], ScenarioError> {
    var diagnostics: [Diagnostic] = []
    var figures: [String: Int] = [:]
    var firstLine: [String: Int] = [:]
    var sawHeader = false
    func fail(_ line: Int, _ column: Int, _ message: String, _ hint: String? = nil) {
      diagnostics.append(
        Diagnostic(location: .init(file: file, line: line, column: column), message: message, hint: hint))
    }
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let lineNumber = index + 1
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      if line.trimmingSpaces.isEmpty || line.hasPrefix("#") { continue }
      let cells = splitCells(line)
      if !sawHeader {
        sawHeader = true
        let header = cells.map { $0.text.trimmingSpaces.lowercased() }
        if header != ["kommun", "population"] {
          let hint = line.contains(";") ? "separate the columns with a comma, not a semicolon" : nil
          fail(lineNumber, 1, "a population file starts with the header 'kommun,population', got '\(line)'", hint)
          break
        }
        continue
      }
      guard cells.count == 2 else {
        let hint = line.contains(";") ? "separate the columns with a comma, not a semicolon" : nil
        fail(lineNumber, 1, "expected two columns, kommun and population, got \(cells.count)", hint)
        continue
      }
      let kommun = cells[0].text.trimmingSpaces
      let figure = cells[1].text.trimmingSpaces
      guard !kommun.isEmpty else {
        fail(lineNumber, 1, "the kommun is empty")
        continue
      }
      if !knownKommuner.contains(kommun), let hint = NameSuggestion.hint(for: kommun, among: knownKommuner) {
        fail(lineNumber, cells[0].column, "unknown kommun '\(kommun)'", hint)
        continue
      }
      guard figure.wholeMatch(of: /[0-9]+/) != nil, let value = Int(figure), value > 0, value < 100_000_000 else {
        let hint = figure.contains(" ") ? "write the number without spaces" : nil
        fail(
          lineNumber, cells[1].column, "the population of \(kommun) must be a positive whole number, got '\(figure)'",
          hint)
        continue
      }
      if let earlier = firstLine[kommun] {
        fail(lineNumber, 1, "\(kommun) appears twice (first on line \(earlier))")
        continue
      }
      firstLine[kommun] = lineNumber
      figures[kommun] = value
    }
    if !sawHeader { fail(1, 1, "the population file is empty; it needs the header 'kommun,population' and rows") }
    return diagnostics.isEmpty ? .success(figures) : .failure(ScenarioError(file: file, diagnostics: diagnostics))
  }

  /// The cells of a CSV line with their starting columns; double quotes group commas.
  static func splitCells(_ line: String) -> [(text: String, column: Int)] {
    var cells: [(String, Int)] = []
    var current = ""
    var start = 1
    var column = 0
    var quoted = false
    for ch in line {
      column += 1
      if ch == "\"" {
        quoted.toggle()
      } else if ch == "," && !quoted {
        cells.append((current, start))
        current = ""
        start = column + 1
      } else {
        current.append(ch)
      }
    }
    cells.append((current, start))
    return cells
  }
}
