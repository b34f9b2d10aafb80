import AllocationModel
import FordelaGSL
import MonteCarlo
import TestSupport
import Testing

/// Invalid uncertainty specs and GSL failures become clear Swift errors.
@Suite struct ValidationTests {
  static let bad: [(String, UncertaintySpec)] = [
    ("draws", UncertaintySpec(draws: 0, seed: 1)),
    ("probability", UncertaintySpec(draws: 10, seed: 1, reclassification: .simple(probability: 1.5, up: 0.5))),
    ("up", UncertaintySpec(draws: 10, seed: 1, reclassification: .simple(probability: 0.1, up: -0.1))),
    (
      "matrix row",
      UncertaintySpec(
        draws: 10, seed: 1, reclassification: .matrix([.uo: [.areaClass(.ro): 0.7, .delisted: 0.6]]))
    ),
    (
      "class mix",
      UncertaintySpec(draws: 10, seed: 1, newAreas: .init(mean: 1, classMix: [.uo: 0.5], kommuner: .population))
    ),
    (
      "mean",
      UncertaintySpec(draws: 10, seed: 1, newAreas: .init(mean: -1, classMix: [.uo: 1], kommuner: .population))
    ),
    ("sd", UncertaintySpec(draws: 10, seed: 1, populationGrowth: .init(mean: 0, sd: .nan))),
    (
      "landing without population",
      UncertaintySpec(
        draws: 10, seed: 1,
        newAreas: .init(mean: 1, classMix: [.uo: 1], kommuner: .table([.init(kommun: "Tyresö", weight: 1)])))
    ),
  ]

  @Test(arguments: 0..<bad.count)
  func invalidSpecsThrow(index: Int) {
    let (what, spec) = Self.bad[index]
    #expect(throws: MonteCarloError.self, "\(what)") {
      try MonteCarloEngine.run(StandardWorkload.input(spec), options: .init(threads: 1))
    }
  }

  @Test func aLandingKommunOutsideTheBaselineWithAPopulationEntersTheResult() throws {
    let spec = UncertaintySpec(
      draws: 4_000, seed: 1,
      newAreas: .init(
        mean: 1, classMix: [.uo: 1],
        kommuner: .table([.init(kommun: "Tyresö", weight: 1, population: 49_000), .init(kommun: "Malmö", weight: 1)])))
    let result = try MonteCarloEngine.run(StandardWorkload.input(spec), options: .init(threads: 2))
    let tyresö = try #require(result.kommuner.first { $0.kommun == "Tyresö" })
    #expect(tyresö.baselineAmount == 0)
    #expect(tyresö.min == 0)
    #expect(tyresö.max > 0)
    #expect(result.kommuner.map(\.kommun) == result.kommuner.map(\.kommun).sorted(by: SwedishCollation.precedes))
  }

  @Test func gslFailuresAreSwiftErrors() {
    #expect(throws: GSLError.self) { try DiscreteDistribution(weights: []) }
    #expect(throws: GSLError.self) { try DiscreteDistribution(weights: [0, 0]) }
    #expect(throws: GSLError.self) { try Histogram(bins: 10, lower: 1, upper: 1) }
    #expect(throws: GSLError.self) { try Histogram(bins: 0, lower: 0, upper: 1) }
  }

  @Test func theGSLHistogramCountsWhatItIsGiven() throws {
    let h = try Histogram(bins: 4, lower: 0, upper: 4)
    for x in [0.5, 1.5, 1.6, 4.0] { try h.accumulate(x, weight: 1) }
    #expect(h.counts == [1, 2, 0, 1])
    #expect(h.edges == [0, 1, 2, 3, 4])
  }
}
