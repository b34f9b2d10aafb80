import AllocationModel

/// What `fordela validate` prints: the resolved scenario, the basis it will use, and what persists.
public struct ScenarioValidationReport: Sendable {
  /// The scenario file.
  public var file: String
  /// The report of the scenario's settings and changes (its comparison is not printed).
  public var scenario: ScenarioReport
  /// The basis after the changes.
  public var basis: Basis
  /// The population of each eligible kommun and where it comes from (`official`, `user`, `scenario`, …).
  public var populations: [(kommun: String, population: Double, source: String)]
  /// A line describing the `uncertainty:` section, if any.
  public var uncertainty: String?

  /// Creates a validation report.
  public init(
    file: String, scenario: ScenarioReport, basis: Basis,
    populations: [(kommun: String, population: Double, source: String)], uncertainty: String?
  ) {
    self.file = file
    self.scenario = scenario
    self.basis = basis
    self.populations = populations
    self.uncertainty = uncertainty
  }

  /// The printout.
  public func text() -> String {
    var out = "\(file): OK — \(scenario.name)\n"
    let s = scenario
    let year = s.baseline.year.map { "grant year \($0), " } ?? ""
    out += "Baseline: \(year)lists \(s.baseline.editions.joined(separator: "→")), SCB \(s.baseline.populationDate)"
    out += (s.baseline.populationFile.map { " (+ \($0))" } ?? "") + "\n"
    out += "          \(ScenarioReport.describe(s.baseline.key)), delisted persist\n"
    out += "Scenario: \(ScenarioReport.describe(s.key)),\n          delisted \(s.delisted.rawValue), "
    out += "splits \(s.splits.rawValue)\n"
    out += "Changes:" + (s.changes.isEmpty ? "  none\n" : "\n")
    for (i, change) in s.changes.enumerated() { out += "  \(i + 1). \(change)\n" }

    let listed = basis.areas.filter(\.isListed)
    let delisted = basis.areas.filter { !$0.isListed }
    let byClass = AreaClass.allCases.map { c in "\(listed.filter { $0.areaClass == c }.count) \(c.rawValue)" }
    out += "\nBasis: \(basis.areas.count) areas, \(listed.count) listed (\(byClass.joined(separator: ", ")))\n"
    if delisted.isEmpty {
      out += "Delisted areas: none\n"
    } else {
      let verb = s.delisted == .persist ? "persist at their last class" : "are dropped (delisted: drop)"
      out += "Delisted areas, which \(verb):\n"
      for area in delisted.sorted(by: { SwedishCollation.precedes($0.name, $1.name) }) {
        out += "  \(area.name) (\(area.kommun), \(area.areaClass.rawValue), last listed \(area.lastListedIn))\n"
      }
    }
    let parts = basis.areas.filter { $0.splitGroup != nil }
    if !parts.isEmpty {
      let reading =
        s.splits == .technical ? "each group counts once, at its highest class" : "every part counts on its own"
      out += "Split parts (\(reading)):\n"
      for area in parts {
        out += "  \(area.name) (\(area.areaClass.rawValue)), part of \(area.splitGroup ?? "")\n"
      }
    }
    let added = basis.areas.filter { $0.enteredIn == Basis.scenarioEdition && $0.splitGroup == nil }
    if !added.isEmpty {
      out += "New areas: " + added.map { "\($0.name) (\($0.kommun), \($0.areaClass.rawValue))" }.joined(separator: ", ")
      out += "\n"
    }
    out += "\nEligible kommuner in the scenario: \(populations.count)\n"
    var t = TextTable(headers: ["Kommun", "Folkmängd", "Källa"], alignments: [.left, .right, .left])
    for p in populations { t.append([p.kommun, Kronor.grouped(Int64(p.population.rounded())), p.source]) }
    out += t.render()
    if let uncertainty { out += "\nUncertainty: \(uncertainty)\n" }
    return out
  }
}
