/// A minimal reader for the embedded tab-separated files: a header row, then one record a line.
enum TSV {
  /// The records of a TSV text as dictionaries keyed by the header's column names, with line numbers.
  ///
  /// Lines that are empty or start with `#` are skipped. A malformed embedded file is a
  /// programming error in the package, so it traps with the file and line.
  static func records(_ text: String, file: String) -> [(line: Int, fields: [String: String])] {
    var header: [String]?
    var out: [(line: Int, fields: [String: String])] = []
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
      if line.isEmpty || line.hasPrefix("#") { continue }
      let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard let columns = header else {
        header = cells
        continue
      }
      precondition(cells.count <= columns.count, "\(file):\(index + 1): more cells than columns")
      var fields: [String: String] = [:]
      for (column, cell) in zip(columns, cells) { fields[column] = cell }
      out.append((index + 1, fields))
    }
    return out
  }
}
