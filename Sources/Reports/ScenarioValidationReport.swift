import AllocationModel
import ScenarioFormat

/// What `fordela validate` prints: the resolved scenario, the basis it will use, and what persists.
public struct ScenarioValidationReport: Sendable {
  /// The scenario file.
  public var file: String
  /// The scenario's baseline, key, changes and populations.
  public var setup: RunSetup
  /// The basis after the changes.
  public var basis: Basis
  /// The `uncertainty:` section in one line, if any.
  public var uncertainty: String?
  /// The `districts:` section in one line, if any.
  public var districts: String?

  /// The validation report of a resolved scenario.
  public init(scenario s: ResolvedScenario) {
    file = s.file
    setup = RunSetup(scenario: s)
    basis = s.scenarioBasis
    uncertainty = s.uncertainty.map { UncertaintyRecord($0).line(draws: $0.draws, seed: $0.seed) }
    districts = s.districts.map { plan in
      let earmarks = Kronor.grouped(Int64(plan.totalEarmarks.rounded()))
      let weights = AreaClass.allCases.map { "\($0.rawValue) \(Kronor.plain(plan.classWeights[$0]))" }
      return "\(plan.kommun), \(plan.districts.count) districts from \(plan.parts.count) parts of areas; earmarks "
        + "\(earmarks) kr; weights per inhabitant \(weights.joined(separator: ", "))"
    }
  }

  /// The printout.
  public func text() -> String {
    var out = "\(file): OK — \(setup.scenario)\n"
    out += setup.settingsText()
    let policy = setup.settings.delisted
    let listed = basis.areas.filter(\.isListed)
    let delisted = basis.areas.filter { !$0.isListed }
    let byClass = AreaClass.allCases.map { c in "\(listed.filter { $0.areaClass == c }.count) \(c.rawValue)" }
    out += "\nBasis: \(basis.areas.count) areas, \(listed.count) listed (\(byClass.joined(separator: ", ")))\n"
    if delisted.isEmpty {
      out += "Delisted areas: none\n"
    } else {
      let verb = policy == .persist ? "persist at their last class" : "are dropped (delisted: drop)"
      out += "Delisted areas, which \(verb):\n"
      for area in delisted.sorted(by: { SwedishCollation.precedes($0.name, $1.name) }) {
        out += "  \(area.name) (\(area.kommun), \(area.areaClass.rawValue), last listed \(area.lastListedIn))\n"
      }
    }
    let parts = basis.areas.filter { $0.splitGroup != nil }
    if !parts.isEmpty {
      let reading =
        setup.settings.splits == .technical
        ? "each group counts once, at its highest class" : "every part counts on its own"
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
    let eligible = setup.populations.compactMap { p in p.scenarioPopulation.map { (p, $0) } }
    out += "\nEligible kommuner in the scenario: \(eligible.count)\n"
    var t = TextTable(headers: ["Kommun", "Population", "Source"], alignments: [.left, .right, .left])
    for (p, population) in eligible {
      t.append([p.kommun, Kronor.grouped(Int64(population.rounded())), p.sourceLabel])
    }
    out += t.render()
    if let districts {
      out += "\n" + HistoryReport.wrap("Districts:", districts.split(separator: " ").map(String.init), indent: "  ")
    }
    if let uncertainty { out += "\nUncertainty: \(uncertainty)\n" }
    return out
  }
}
