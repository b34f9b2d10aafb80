extension PopulationFile {
  /// The columns a population file may have.
  enum Column: String, Hashable, CaseIterable {
    case kommun, code, population

    /// The column a header cell names (compared without case), or `nil`.
    init?(header: String) {
      switch header.lowercased() {
      case "kommun": self = .kommun
      case "kod", "code", "kommunkod": self = .code
      case "population", "folkmängd": self = .population
      default: return nil
      }
    }
  }

  /// A population file's header: the separator it uses and where each column is.
  struct Header {
    /// `,`, `;` or a tab.
    var separator: Character
    /// The index of each column's cell.
    var index: [Column: Int]
    /// The number of named cells; empty cells after them (Excel's trailing separators) are ignored.
    var count: Int

    /// What the header should look like, for messages.
    static let expected =
      "'kommun,population' (or with ';' or a tab between the columns, 'folkmängd' for 'population', "
      + "and an optional 'kod' column)"

    /// Reads a header line: detects the separator and finds the columns.
    static func read(_ line: String) -> Result<Header, CSVLine.Problem> {
      let separator = CSVLine.detectSeparator(line)
      let cells: [CSVLine.Cell]
      switch CSVLine.cells(line, separator: separator) {
      case .success(let split): cells = split
      case .failure(let problem): return .failure(problem)
      }
      var names = cells.map { $0.text.trimmingSpaces }
      while names.last?.isEmpty == true { names.removeLast() }
      let columns = names.map(Column.init(header:))
      guard columns.contains(where: { $0 != nil }) else {
        return .failure(
          .init(
            column: 1, message: "the population file starts with a header such as \(expected), got '\(line)'",
            hint: "put the header on the first line, above the rows"))
      }
      var index: [Column: Int] = [:]
      for (i, column) in columns.enumerated() {
        guard let column else {
          let name = names[i]
          return .failure(
            .init(
              column: cells[i].column,
              message: name.isEmpty
                ? "the population file's header has an empty column name"
                : "the population file's header has an unknown column '\(name)'",
              hint: "the columns are kommun, kod (optional) and population (or folkmängd)"))
        }
        if index[column] != nil {
          return .failure(
            .init(column: cells[i].column, message: "the population file's header names '\(names[i])' twice"))
        }
        index[column] = i
      }
      if index[.population] == nil {
        return .failure(
          .init(
            column: 1, message: "the population file's header has no population column, got '\(line)'",
            hint: "name it 'population' or 'folkmängd'"))
      }
      if index[.kommun] == nil && index[.code] == nil {
        return .failure(
          .init(
            column: 1, message: "the population file's header has no kommun column, got '\(line)'",
            hint: "name the column of names 'kommun' (or of SCB's codes 'kod')"))
      }
      return .success(Header(separator: separator, index: index, count: names.count))
    }

    /// A short list of the columns, in file order, for messages: `kommun, population`.
    var names: String {
      index.sorted { $0.value < $1.value }.map(\.key.rawValue).joined(separator: ", ")
    }
  }
}
