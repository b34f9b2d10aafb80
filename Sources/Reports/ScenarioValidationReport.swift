import AllocationModel
import Foundation
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
  /// The `claims:` section in words, if the scenario has claims to apply (lines without a final newline).
  public var claims: [String] = []
  /// The `districts:` section in one line, if any.
  public var districts: String?

  /// The validation report of a resolved scenario.
  public init(scenario s: ResolvedScenario) {
    file = s.file
    setup = RunSetup(scenario: s)
    basis = s.scenarioBasis
    let redistribution = s.claims?.claims.redistribution ?? .key
    uncertainty = s.uncertainty.map {
      UncertaintyRecord($0, redistribution: redistribution).line(draws: $0.draws, seed: $0.seed)
        + ($0.precisionKr.map(PrecisionRecord.validationClause) ?? "")
    }
    if let outcome = s.claims, s.uncertainty == nil {
      claims = Self.claimsLines(outcome)
    }
    districts = s.districts.map { plan in
      let earmarks = Kronor.grouped(Int64(plan.totalEarmarks.rounded()))
      let weights = AreaClass.allCases.map { "\($0.rawValue) \(Kronor.plain(plan.classWeights[$0]))" }
      return "\(plan.kommun), \(plan.districts.count) districts from \(plan.parts.count) parts of areas; earmarks "
        + "\(earmarks) kr; weights per inhabitant \(weights.joined(separator: ", "))"
    }
  }

  /// Kronor as written in a claim: grouped whole kronor, and öre when there are any.
  static func kronor(_ value: Double) -> String {
    let ore = Int64((value * 100).rounded())
    let whole = Kronor.grouped(ore / 100)
    return ore % 100 == 0 ? whole : whole + "." + String(format: "%02d", Int(ore % 100))
  }

  /// The claims in words: who claims less, the unclaimed money and where it goes.
  static func claimsLines(_ outcome: ClaimsOutcome) -> [String] {
    let c = outcome.claims
    let less = c.claimedKr.keys.sorted(by: SwedishCollation.precedes).compactMap { k in
      c.claimedKr[k].map { "\(k) \(Self.kronor($0)) kr" }
    }
    var words = ["Claims:"]
    words +=
      less.isEmpty
      ? ["every", "kommun", "claims", "all;"]
      : (["claiming", "less:"] + less.enumerated().map { i, k in k + (i == less.count - 1 ? ";" : ",") })
    words += ["unclaimed", "\(Kronor.grouped(Int64(outcome.unclaimedKr.rounded())))", "kr"]
    if c.wantsMore.isEmpty {
      words += ["goes", "back", "to", "the", "state."]
    } else {
      let rule = c.redistribution == .key ? "by the key" : "pro rata"
      words +=
        ["goes", rule, "to"]
        + c.wantsMore.sorted(by: SwedishCollation.precedes).enumerated().map { i, k in
          k + (i == c.wantsMore.count - 1 ? "." : ",")
        }
    }
    return HistoryReport.wrap(words[0], Array(words.dropFirst()), indent: "        ").split(separator: "\n").map(
      String.init)
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
    if !claims.isEmpty { out += "\n" + claims.joined(separator: "\n") + "\n" }
    if let districts {
      out += "\n" + HistoryReport.wrap("Districts:", districts.split(separator: " ").map(String.init), indent: "  ")
    }
    if let uncertainty { out += "\nUncertainty: \(uncertainty)\n" }
    return out
  }
}
