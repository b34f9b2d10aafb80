import AllocationModel
import Foundation

extension ScenarioDocument {
  /// A change as a percentage with one decimal and a sign, or `–` for a new kommun.
  static func percent(_ row: Kommun) -> String {
    guard let p = row.changePct else { return "–" }
    let text = String(format: "%.1f", abs(p))
    if text == "0.0" { return "0.0" }
    return (p < 0 ? "−" : "+") + text
  }

  /// A table for an 80-column terminal, with the settings and the changes above it.
  public func table() -> String {
    var out = "Scenario: \(setup.scenario)\n"
    if let description = setup.description, !description.isEmpty { out += "\(description)\n" }
    out += setup.settingsText() + "\n"
    var t = TextTable(
      headers: ["Kommun", "Vikt", "Baslinje kr", "Scenario kr", "Ändring kr", "%", "Status"],
      alignments: [.left, .right, .right, .right, .right, .right, .left])
    for row in kommuner {
      let weight =
        row.baselineWeight == row.scenarioWeight
        ? Kronor.plain(row.baselineWeight)
        : "\(Kronor.plain(row.baselineWeight))→\(Kronor.plain(row.scenarioWeight))"
      t.append([
        row.kommun, weight, Kronor.grouped(row.baselineKrRounded), Kronor.grouped(row.scenarioKrRounded),
        row.changeKrRounded == 0 ? "0" : Kronor.signed(Double(row.changeKrRounded)), Self.percent(row),
        row.status.rawValue,
      ])
    }
    t.appendRule()
    let before = kommuner.reduce(0) { $0 + $1.baselineWeight }
    let after = kommuner.reduce(0) { $0 + $1.scenarioWeight }
    let change = totalKr - baselineTotalKr
    t.append([
      "Summa", before == after ? Kronor.plain(before) : "\(Kronor.plain(before))→\(Kronor.plain(after))",
      Kronor.grouped(baselineTotalKr), Kronor.grouped(totalKr), change == 0 ? "0" : Kronor.signed(Double(change)),
      "", "",
    ])
    out += t.render()
    let counts = ScenarioComparison.Status.allCases.map { status in
      "\(kommuner.filter { $0.status == status }.count) \(status.rawValue)"
    }
    out += "Kommuner: " + counts.joined(separator: ", ") + "\n"
    return out
  }

  /// CSV with a header row, one line per kommun: amounts unrounded and in whole kronor.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble
    out += dialect.line([
      "kommun", "status", "baseline_weight", "scenario_weight", "baseline_kr", "scenario_kr", "change_kr",
      "baseline_kr_rounded", "scenario_kr_rounded", "change_kr_rounded", "change_pct",
    ])
    for row in kommuner {
      out += dialect.line([
        row.kommun, row.status.rawValue, dialect.number(row.baselineWeight), dialect.number(row.scenarioWeight),
        dialect.number(row.baselineKr), dialect.number(row.scenarioKr), dialect.number(row.changeKr),
        dialect.number(row.baselineKrRounded), dialect.number(row.scenarioKrRounded),
        dialect.number(row.changeKrRounded), row.changePct.map { dialect.number($0) } ?? "",
      ])
    }
    return out
  }

  /// The document as JSON (see ``ScenarioDocument`` for the shape).
  public func json() throws -> String { try JSONText.encode(self) }
}
