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

  /// A table for an 80-column terminal, with the settings and the changes above it and a footnote that
  /// says where each population came from.
  ///
  /// - Parameter explain: instead of the weights and the baseline amount, show each kommun's scenario
  ///   population and its source, and the scenario amount's area part and population part (unrounded,
  ///   shown to the krona, so they may differ from the amount by a krona); wider than 80 columns.
  /// - Returns: the table with its heading and footnotes, ending in a newline.
  public func table(explain: Bool = false) -> String {
    var out = "Scenario: \(setup.scenario)\n"
    if let description = setup.description, !description.isEmpty { out += "\(description)\n" }
    out += setup.settingsText() + "\n"
    out += selection?.note().map { $0 + "\n" } ?? ""
    let populations = Dictionary(setup.populations.map { ($0.kommun, $0) }, uniquingKeysWith: { a, _ in a })
    var t =
      explain
      ? TextTable(
        headers: [
          "Kommun", "Weight", "Population", "Source", "Area part kr", "Pop. part kr", "Scenario kr", "Change kr", "%",
        ],
        alignments: [.left, .right, .right, .left, .right, .right, .right, .right, .right])
      : TextTable(
        headers: ["Kommun", "Weight", "Baseline kr", "Scenario kr", "Change kr", "%", "Status"],
        alignments: [.left, .right, .right, .right, .right, .right, .left])
    for row in kommuner {
      let weight =
        row.baselineWeight == row.scenarioWeight
        ? Kronor.plain(row.baselineWeight)
        : "\(Kronor.plain(row.baselineWeight))→\(Kronor.plain(row.scenarioWeight))"
      let change = row.changeKrRounded == 0 ? "0" : Kronor.signed(Double(row.changeKrRounded))
      if explain {
        let p = populations[row.kommun]
        let population = p?.scenarioPopulation ?? p?.baselinePopulation
        t.append([
          row.kommun, weight, population.map { Kronor.grouped(Int64($0.rounded())) } ?? "–",
          p.map { PopulationFootnote.shortLabel($0.source) } ?? "–",
          Kronor.grouped(Int64(row.scenarioAreaPartKr.rounded())),
          Kronor.grouped(Int64(row.scenarioPopulationPartKr.rounded())), Kronor.grouped(row.scenarioKrRounded), change,
          Self.percent(row),
        ])
      } else {
        t.append([
          row.kommun, weight, Kronor.grouped(row.baselineKrRounded), Kronor.grouped(row.scenarioKrRounded), change,
          Self.percent(row), row.status.rawValue,
        ])
      }
    }
    if selection?.isFiltered != true {
      t.appendRule()
      let before = kommuner.reduce(0) { $0 + $1.baselineWeight }
      let after = kommuner.reduce(0) { $0 + $1.scenarioWeight }
      let weight = before == after ? Kronor.plain(before) : "\(Kronor.plain(before))→\(Kronor.plain(after))"
      let change = totalKr - baselineTotalKr
      let changeText = change == 0 ? "0" : Kronor.signed(Double(change))
      if explain {
        let area = kommuner.reduce(0.0) { $0 + $1.scenarioAreaPartKr }
        let population = kommuner.reduce(0.0) { $0 + $1.scenarioPopulationPartKr }
        t.append([
          "Total", weight, "", "", Kronor.grouped(Int64(area.rounded())), Kronor.grouped(Int64(population.rounded())),
          Kronor.grouped(totalKr), changeText, "",
        ])
      } else {
        t.append(["Total", weight, Kronor.grouped(baselineTotalKr), Kronor.grouped(totalKr), changeText, "", ""])
      }
    }
    out += t.render()
    out += claimsText()
    let counts = ScenarioComparison.Status.allCases.map { status in
      "\(kommuner.filter { $0.status == status }.count) \(status.rawValue)"
    }
    out += "Kommuner\(selection?.isFiltered == true ? " shown" : ""): " + counts.joined(separator: ", ") + "\n"
    if let selection, selection.isFiltered {
      out += "Totals over all \(selection.totalKommuner) kommuner: baseline \(Kronor.grouped(baselineTotalKr)) kr, "
      out += "scenario \(Kronor.grouped(totalKr)) kr.\n"
    }
    out += PopulationFootnote.text(
      kommuner.compactMap { row in
        populations[row.kommun].map { .init(kommun: row.kommun, source: $0.source) }
      }, date: setup.baseline.populationDate, file: setup.baseline.populationFile)
    if let districts { out += "\n" + districts.table() }
    return out
  }

  /// CSV with a header row, one line per kommun: amounts unrounded and rounded, with the rounding unit of each side;
  /// with districts, a blank line and the districts' own table (``DistrictTable/csv(dialect:)``) follow.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble
    out += dialect.line(
      [
        "kommun", "status", "baseline_weight", "scenario_weight", "baseline_kr", "scenario_kr", "change_kr",
        "baseline_kr_rounded", "scenario_kr_rounded", "change_kr_rounded", "change_pct", "baseline_area_part_kr",
        "baseline_population_part_kr", "scenario_area_part_kr", "scenario_population_part_kr", "baseline_rounding_kr",
        "scenario_rounding_kr",
      ] + claimsCSVHeaders)
    for row in kommuner {
      out += dialect.line(
        [
          row.kommun, row.status.rawValue, dialect.number(row.baselineWeight), dialect.number(row.scenarioWeight),
          dialect.number(row.baselineKr), dialect.number(row.scenarioKr), dialect.number(row.changeKr),
          dialect.number(row.baselineKrRounded), dialect.number(row.scenarioKrRounded),
          dialect.number(row.changeKrRounded), row.changePct.map { dialect.number($0) } ?? "",
          dialect.number(row.baselineAreaPartKr), dialect.number(row.baselinePopulationPartKr),
          dialect.number(row.scenarioAreaPartKr), dialect.number(row.scenarioPopulationPartKr),
          dialect.number(setup.baseline.settings.roundingKr), dialect.number(setup.settings.roundingKr),
        ] + claimsCSVFields(row, dialect: dialect))
    }
    if let districts { out += "\n" + districts.csv(dialect: dialect) }
    return out
  }

  /// The document as JSON (see ``ScenarioDocument`` for the shape).
  public func json() throws -> String { try JSONText.encode(self) }
}
