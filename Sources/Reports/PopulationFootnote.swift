/// The footnote under a text table that says in words where each kommun's population came from:
/// `SCB 2021-12-31`, `your file my.csv` or `derived` (a population change of the scenario).
enum PopulationFootnote {
  /// One shown kommun's figure source.
  struct Entry {
    /// The kommun.
    var kommun: String
    /// Where its figure came from.
    var source: KommunPopulation.Source
  }

  /// The source in a word for an `--explain` column: `SCB`, `file` or `derived`.
  static func shortLabel(_ source: KommunPopulation.Source) -> String {
    switch source {
    case .scb: "SCB"
    case .userFile: "file"
    case .scenario: "derived"
    }
  }

  /// The footnote: each source with the kommuner it covers (or their number when many), wrapped at 80 columns.
  /// The embedded figures' statuses (`official`, `secondary`, …) are in the CSV and JSON, not here.
  ///
  /// - Parameters:
  ///   - entries: the shown kommuner, in table order.
  ///   - date: the SCB population date.
  ///   - file: the user's population file, if any.
  /// - Returns: the footnote's lines, each ending in a newline; empty when no kommun is shown.
  static func text(_ entries: [Entry], date: String, file: String?) -> String {
    guard !entries.isEmpty else { return "" }
    var groups: [(label: String, kommuner: [String])] = []
    for e in entries {
      let label = self.label(e, date: date, file: file)
      if let i = groups.firstIndex(where: { $0.label == label }) {
        groups[i].kommuner.append(e.kommun)
      } else {
        groups.append((label, [e.kommun]))
      }
    }
    let order = groups.sorted { rank($0.label) < rank($1.label) }
    if order.count == 1, let only = order.first {
      return wrap("Population: \(only.label) for every kommun shown.")
    }
    let text = order.map { g in
      let who = g.kommuner.count <= 6 ? g.kommuner.joined(separator: ", ") : "\(g.kommuner.count) kommuner"
      return "\(g.label) for \(who)"
    }.joined(separator: "; ")
    return wrap("Population: " + text + ".")
  }

  /// Wraps text at spaces to lines of at most 80 characters, continuation lines indented.
  private static func wrap(_ text: String) -> String {
    let indent = String(repeating: " ", count: 12)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty && line.count + 1 + word.count > 80 {
        lines.append(line)
        line = indent + word
      } else {
        line += (line.isEmpty ? "" : " ") + word
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n") + "\n"
  }

  private static func label(_ e: Entry, date: String, file: String?) -> String {
    switch e.source {
    case .scb: return "SCB \(date)"
    case .userFile: return "your file \(file ?? "(population file)")"
    case .scenario: return "derived (the scenario's population change)"
    }
  }

  /// SCB first, then the user's file, then derived figures.
  private static func rank(_ label: String) -> Int {
    label.hasPrefix("SCB") ? 0 : label.hasPrefix("your file") ? 1 : 2
  }
}
