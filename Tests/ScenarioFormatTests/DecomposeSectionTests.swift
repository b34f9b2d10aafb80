import AllocationModel
import ScenarioFormat
import Testing

/// `uncertainty.decompose` read into ``UncertaintySpec/decompose``, and the shipped example.
@Suite struct DecomposeSectionTests {
  static func spec(_ decompose: String?) throws -> UncertaintySpec {
    let line = decompose.map { "  decompose: \($0)\n" } ?? ""
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {year: 2021}
      uncertainty:
        draws: 1000
        seed: 1
      \(line)  population_growth: {mean: 0.01, sd: 0.01}

      """)
    return try #require(s.uncertainty)
  }

  @Test func trueFalseAndAbsentAreRead() throws {
    #expect(try Self.spec("true").decompose)
    #expect(try !Self.spec("false").decompose)
    #expect(try !Self.spec(nil).decompose)
  }

  @Test func theShippedExampleDecomposesTheStandardWorkloadsThreeSources() throws {
    let s = try ScenarioTestSupport.shipped("decompose-example.yaml")
    let spec = try #require(s.uncertainty)
    #expect(spec.decompose)
    #expect(spec.decompositionSources == [.reclassification, .newAreas, .populationGrowth])
    #expect(spec.decompositionErrors().isEmpty)
  }

  @Test func theShippedClaimsExampleHasClaimsAsASecondSource() throws {
    let s = try ScenarioTestSupport.shipped("decompose-claims-example.yaml")
    let spec = try #require(s.uncertainty)
    #expect(spec.decompose)
    #expect(spec.decompositionSources == [.reclassification, .claims])
    #expect(spec.decompositionErrors().isEmpty)
  }

  @Test func theOneCheckRefusesNoSourceAndTooFewDrawsAndTakesClaimsAsASource() {
    var spec = UncertaintySpec(draws: 99, seed: 1)
    #expect(spec.decompositionErrors().isEmpty, "off: nothing to check")
    spec.decompose = true
    #expect(
      spec.decompositionErrors().map(\.problem) == [
        .decompositionWithoutSources, .decompositionTooFewDraws(99, minimum: 100),
      ])
    #expect(spec.validationErrors().count == 2, "the engine's validation includes them")
    spec.claims = .init(declineProbability: 0.1, wantsMoreProbability: 0.5)
    #expect(spec.decompositionSources == [.claims])
    #expect(spec.decompositionErrors().map(\.problem) == [.decompositionTooFewDraws(99, minimum: 100)])
    var path = UncertaintySpec(draws: 1_000, seed: 1, populationGrowth: .init(mean: 0.01, sd: 0.01))
    path.decompose = true
    path.updates = 3
    #expect(path.decompositionErrors().map(\.problem) == [.decompositionOfPaths(3)], "a path is not decomposed")
  }
}
