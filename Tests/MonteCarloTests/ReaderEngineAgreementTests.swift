import AllocationModel
import MonteCarlo
import ScenarioFormat
import TestSupport
import Testing

/// Every `uncertainty:` section the scenario reader accepts, the engine runs: the reader and the engine
/// share `UncertaintySpec.validate()`, so no value passes one and fails the other.
@Suite struct ReaderEngineAgreementTests {
  typealias Limits = UncertaintySpec.Limits

  /// A number as a scenario file writes it: Swift's shortest text that reads back as the same double.
  static func text(_ x: Double) -> String { "\(x)" }

  /// A value near the edges of `range` (and sometimes inside it).
  static func edgy(_ range: ClosedRange<Double>, using rng: inout SplitMix64) -> Double {
    let (lo, hi) = (range.lowerBound, range.upperBound)
    let candidates = [
      lo, hi, lo.nextDown, hi.nextUp, lo + 1e-12, hi - 1e-12, hi + 1e-10, lo - 1e-10,
      Double.random(in: range, using: &rng),
    ]
    return candidates.randomElement(using: &rng) ?? lo
  }

  /// Probabilities that sum to 1 plus a small error around the tolerance.
  static func nearSum(_ count: Int, target: Double, using rng: inout SplitMix64) -> [Double] {
    var parts = (0..<count).map { _ in Double.random(in: 0...1, using: &rng) }
    let total = parts.reduce(0, +)
    parts = parts.map { $0 / total * target }
    let errors: [Double] = [
      0, 1e-13, Limits.probabilityTolerance, 2 * Limits.probabilityTolerance, 1e-10, -1e-13, -1e-10,
    ]
    parts[0] += errors.randomElement(using: &rng) ?? 0
    return parts
  }

  static func reclassification(using rng: inout SplitMix64) -> String {
    if Bool.random(using: &rng) {
      let p = edgy(Limits.probability, using: &rng)
      let up = edgy(Limits.probability, using: &rng)
      return "  reclassification: {probability: \(text(p)), up: \(text(up))}"
    }
    let targets = [
      "UO": ["RO", "SUO", "delisted"], "RO": ["UO", "SUO", "delisted"], "SUO": ["UO", "RO", "delisted"],
    ]
    var rows: [String] = []
    for from in ["UO", "RO", "SUO"] where Bool.random(using: &rng) {
      let names = Array((targets[from] ?? []).shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
      let target: Double = [0.3, 1, 1].randomElement(using: &rng) ?? 1
      let values = nearSum(names.count, target: target, using: &rng)
      let cells = zip(names, values).map { "\($0): \(text($1))" }.joined(separator: ", ")
      rows.append("\(from): {\(cells)}")
    }
    return "  reclassification:\n    matrix: {\(rows.joined(separator: ", "))}"
  }

  static func newAreas(using rng: inout SplitMix64) -> String {
    let mean =
      [edgy(Limits.newAreaMean, using: &rng), Double.random(in: 0...3, using: &rng)]
      .randomElement(using: &rng) ?? 1
    let classes = Array(["UO", "RO", "SUO"].shuffled(using: &rng).prefix(Int.random(in: 1...3, using: &rng)))
    let shares = nearSum(classes.count, target: 1, using: &rng)
    let mix = zip(classes, shares).map { "\($0): \(text($1))" }.joined(separator: ", ")
    var landing = "population"
    if Bool.random(using: &rng) {
      let weight = edgy(Limits.landingWeight, using: &rng)
      let population = edgy(Limits.landingPopulation, using: &rng)
      let other = Bool.random(using: &rng) ? 0 : Double.random(in: 0...2, using: &rng)
      landing =
        "[{kommun: Tyresö, weight: \(text(weight)), population: \(text(population))}, "
        + "{kommun: Malmö, weight: \(text(other))}]"
    }
    return "  new_areas: {mean: \(text(mean)), class_mix: {\(mix)}, kommuner: \(landing)}"
  }

  static func growth(using rng: inout SplitMix64) -> String {
    func rate() -> String {
      "{mean: \(text(edgy(Limits.growthMean, using: &rng))), sd: \(text(edgy(Limits.growthSD, using: &rng)))}"
    }
    var line = "  population_growth: " + String(rate().dropLast())
    if Bool.random(using: &rng) { line += ", overrides: {Uppsala: \(rate()), Malmö: \(rate())}" }
    return line + "}"
  }

  static func scenario(using rng: inout SplitMix64) -> String {
    var parts: [String] = []
    if Bool.random(using: &rng) { parts.append(reclassification(using: &rng)) }
    if Bool.random(using: &rng) { parts.append(newAreas(using: &rng)) }
    if Bool.random(using: &rng) { parts.append(growth(using: &rng)) }
    let delisted = Bool.random(using: &rng) ? "persist" : "drop"
    return """
      name: random
      baseline: {year: 2021}
      delisted: \(delisted)
      uncertainty:
        draws: \(Int.random(in: 1...20, using: &rng))
        seed: \(rng.next())
      \(parts.joined(separator: "\n"))

      """
  }

  @Test func everySectionTheReaderAcceptsTheEngineRuns() throws {
    var rng = SplitMix64(state: 10_001)
    var accepted = 0
    var refused = 0
    for _ in 0..<400 {
      let yaml = Self.scenario(using: &rng)
      let scenario: ResolvedScenario
      do {
        scenario = try ScenarioLoader.load(file: "random.yaml", bytes: Array(yaml.utf8))
      } catch {
        refused += 1
        continue
      }
      accepted += 1
      let spec = try #require(scenario.uncertainty)
      let input = SimulationInput(
        basis: scenario.scenarioBasis, key: scenario.key, delisted: scenario.delisted, splits: scenario.splits,
        population: scenario.scenarioPopulation, baseline: scenario.baselineAllocation, uncertainty: spec)
      do {
        _ = try MonteCarloEngine.run(input, options: .init(threads: 1))
      } catch .invalidParameter(let message) {
        Issue.record("the reader accepted what the engine refuses: \(message)\n\(yaml)")
      } catch .missingPopulation(let kommun) {
        Issue.record("the reader accepted a landing kommun without population: \(kommun)\n\(yaml)")
      } catch .noDraws(let n) {
        Issue.record("the reader accepted \(n) draws\n\(yaml)")
      } catch .noWeightInDraws {
        // Every area left the list under 'drop' in some draw: a property of the draws, not of the spec.
      } catch {
        Issue.record("unexpected engine error \(error)\n\(yaml)")
      }
    }
    // Both sides of the limits are exercised.
    #expect(accepted >= 100, "accepted \(accepted)")
    #expect(refused >= 100, "refused \(refused)")
  }
}
