import EmbeddedData

extension PopulationFile {
  /// One row of a population file: its kommun (by name, code or both) and its population.
  struct Row {
    var cells: [CSVLine.Cell]
    var line: Int
    var file: String
    var header: Header

    /// The column of the cell that names the kommun (its name, else its code), for messages.
    var nameColumn: Int {
      let index = header.index[.kommun] ?? header.index[.code] ?? 0
      return cells.indices.contains(index) ? cells[index].column : 1
    }

    /// A diagnostic on this row.
    func diagnostic(_ column: Int, _ message: String, hint: String? = nil) -> Diagnostic {
      Diagnostic(location: .init(file: file, line: line, column: column), message: message, hint: hint)
    }

    /// The row's kommun and population, or `nil` after adding every problem of the row to `parsed`.
    func read(into parsed: inout Parsed) -> (kommun: String, population: Int)? {
      let extra = cells.dropFirst(header.count)
      guard cells.count >= header.count, extra.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) else {
        parsed.diagnostics.append(
          diagnostic(
            extra.first(where: { !$0.text.trimmingSpaces.isEmpty })?.column ?? 1,
            "expected \(header.count) columns (\(header.names)) as in the header, got \(cells.count)",
            hint: columnCountHint))
        return nil
      }
      let kommun = readKommun(into: &parsed)
      let population = readPopulation(of: kommun, into: &parsed)
      guard let kommun, let population else { return nil }
      return (kommun, population)
    }

    /// Why a row may have the wrong number of columns: another separator, or an unquoted separator.
    private var columnCountHint: String {
      let name = { (c: Character) in c == "\t" ? "a tab" : "'\(c)'" }
      let start = "the header separates its columns with \(name(header.separator)); "
      if let other = CSVLine.separators.first(where: { c in
        c != header.separator && cells.contains { $0.text.contains(c) }
      }) {
        return start + "this line seems to use \(name(other))"
      }
      return start + "quote a cell that contains it" + (header.separator == "," ? ", e.g. \"95 318,00\"" : "")
    }

    /// The row's kommun from its name and code, which must agree.
    private func readKommun(into parsed: inout Parsed) -> String? {
      var named: String?
      var failed = false
      if let index = header.index[.kommun] {
        let cell = cells[index]
        let name = cell.text.trimmingSpaces
        if name.isEmpty {
          if header.index[.code] == nil {
            parsed.diagnostics.append(diagnostic(cell.column, "the kommun is empty"))
            failed = true
          }
        } else if KommunRegister.kommun(named: name) == nil {
          let problem = diagnostic(
            cell.column, "the population file names an unknown kommun '\(name)'",
            hint: Self.hint(forUnknown: name))
          parsed.diagnostics.append(problem)
          parsed.unknownNames.append(problem)
          failed = true
        } else {
          named = name
        }
      }
      guard let index = header.index[.code] else { return named }
      let cell = cells[index]
      let code = cell.text.trimmingSpaces
      if code.isEmpty {
        if named == nil && !failed { parsed.diagnostics.append(diagnostic(cell.column, "the kommun code is empty")) }
        return named
      }
      // Excel drops the leading zero of a code it takes for a number: 0127 becomes 127.
      let padded = code.count == 3 ? "0" + code : code
      guard padded.wholeMatch(of: /[0-9]{4}/) != nil, let coded = KommunRegister.kommun(code: padded) else {
        parsed.diagnostics.append(
          diagnostic(
            cell.column, "the population file has an unknown kommun code '\(code)'",
            hint: "a kommun code is SCB's four digits, e.g. 0127 for Botkyrka"))
        return nil
      }
      if let named, named != coded.name {
        parsed.diagnostics.append(
          diagnostic(
            cell.column, "the kommun code \(coded.code) is \(coded.name), not \(named)",
            hint:
              "correct the code or the name; \(named) has the code \(KommunRegister.kommun(named: named)?.code ?? "?")"
          ))
        return nil
      }
      return failed ? nil : coded.name
    }

    /// The row's population: a positive whole number, written the Swedish way.
    private func readPopulation(of kommun: String?, into parsed: inout Parsed) -> Int? {
      guard let index = header.index[.population] else { return nil }
      let cell = cells[index]
      let figure = cell.text.trimmingSpaces
      switch SwedishNumber.wholeNumber(figure) {
      case .success(let value) where value > 0 && value < 100_000_000:
        return value
      case .success:
        parsed.diagnostics.append(
          diagnostic(
            cell.column, "the population of \(subject(kommun)) must be a positive whole number, got '\(figure)'",
            hint: "a population is between 1 and 99 999 999"))
      case .failure(let problem):
        parsed.diagnostics.append(
          diagnostic(
            cell.column, "the population of \(subject(kommun)) must be a positive whole number, got '\(figure)'",
            hint: problem.hint))
      }
      return nil
    }

    /// A hint for a name that is no kommun: the kommun it names with "stad" or "kommun" added (the forgiving
    /// reading of ``BaselineResolver/kommun(writtenLoosely:)``), the nearest names, or how SCB writes them.
    static func hint(forUnknown name: String) -> String {
      if let kommun = BaselineResolver.kommun(writtenLoosely: name) {
        return "write '\(kommun)', the kommun's name as SCB writes it"
      }
      return NameSuggestion.hint(for: name, among: KommunRegister.all.map(\.name))
        ?? "write the kommun's name as SCB does, e.g. 'Upplands-Bro' or 'Malmö'"
    }

    /// The kommun as messages name it: its name, else the row's name or code cell as written.
    private func subject(_ kommun: String?) -> String {
      if let kommun { return kommun }
      let index = header.index[.kommun] ?? header.index[.code] ?? 0
      let text = cells.indices.contains(index) ? cells[index].text.trimmingSpaces : ""
      return text.isEmpty ? "line \(line)'s kommun" : "'\(text)'"
    }
  }
}
