import AllocationModel
import Testing

/// `UncertaintySpec.validate()`: the one check of an uncertainty model, its limits and the paths it names.
@Suite struct UncertaintyValidationTests {
  typealias Limits = UncertaintySpec.Limits

  static let standard = UncertaintySpec(
    draws: 100, seed: 1, reclassification: .simple(probability: 0.1, up: 0.5),
    newAreas: .init(mean: 2, classMix: [.uo: 0.7, .ro: 0.2, .suo: 0.1], kommuner: .population),
    populationGrowth: .init(mean: 0.01, sd: 0.01))

  static func paths(_ spec: UncertaintySpec) -> [String] { spec.validationErrors().map(\.pathText) }

  @Test func theStandardWorkloadIsValid() throws {
    #expect(Self.standard.validationErrors().isEmpty)
    try Self.standard.validate()
  }

  @Test func aMatrixRowMayExceedOneOnlyByTheTolerance() {
    // 0.1 + 0.2 + 0.7 rounds to 1.0000000000000002: accepted.
    let rounded = UncertaintySpec(
      draws: 1, seed: 1,
      reclassification: .matrix([.uo: [.areaClass(.ro): 0.1, .areaClass(.suo): 0.2, .delisted: 0.7]]))
    #expect(rounded.validationErrors().isEmpty)
    // A row written to sum to 1.0000000001 is refused, naming the row.
    let over = UncertaintySpec(
      draws: 1, seed: 1, reclassification: .matrix([.ro: [.areaClass(.uo): 0.5, .areaClass(.suo): 0.5000000001]]))
    let errors = over.validationErrors()
    #expect(errors.map(\.pathText) == ["reclassification.matrix.RO"])
    guard case .rowSumAboveOne(let sum)? = errors.first?.problem else {
      Issue.record("expected a row-sum error, got \(errors)")
      return
    }
    #expect(sum > 1 + Limits.probabilityTolerance)
    #expect(throws: UncertaintyError.self) { try over.validate() }
  }

  @Test func aProbabilityOutsideZeroToOneNamesItsCell() {
    let spec = UncertaintySpec(
      draws: 1, seed: 1, reclassification: .matrix([.suo: [.areaClass(.ro): -0.1, .delisted: .nan]]))
    #expect(Self.paths(spec) == ["reclassification.matrix.SUO.RO", "reclassification.matrix.SUO.delisted"])
    let simple = UncertaintySpec(draws: 1, seed: 1, reclassification: .simple(probability: 1.5, up: 1))
    #expect(Self.paths(simple) == ["reclassification.probability"])
  }

  @Test func theGrowthMeanBoundIsTheLimitsOne() {
    let lower = Limits.growthMean.lowerBound
    #expect(lower == -0.5)
    let atBound = UncertaintySpec(draws: 1, seed: 1, populationGrowth: .init(mean: lower, sd: 0))
    #expect(atBound.validationErrors().isEmpty)
    let below = UncertaintySpec(
      draws: 1, seed: 1,
      populationGrowth: .init(
        mean: 0, sd: 0.01, overrides: ["Malmö": .init(mean: lower.nextDown, sd: 0), "Lund": .init(mean: 0, sd: 2)]))
    #expect(Self.paths(below) == ["population_growth.overrides.Lund.sd", "population_growth.overrides.Malmö.mean"])
    #expect(
      below.validationErrors().last?.description
        == "population_growth.overrides.Malmö.mean must be a number from -0.5 to 1, got \(lower.nextDown)")
  }

  @Test func newAreasAreCheckedPartByPart() {
    func spec(_ n: UncertaintySpec.NewAreas) -> UncertaintySpec { .init(draws: 1, seed: 1, newAreas: n) }
    let maximum = Limits.newAreaMean.upperBound
    #expect(Self.paths(spec(.init(mean: maximum, classMix: [.uo: 1], kommuner: .population))).isEmpty)
    #expect(
      Self.paths(spec(.init(mean: maximum.nextUp, classMix: [.uo: 1], kommuner: .population))) == ["new_areas.mean"])
    #expect(
      Self.paths(spec(.init(mean: 1, classMix: [.uo: 0.5, .ro: 0.4], kommuner: .population)))
        == ["new_areas.class_mix"])
    #expect(Self.paths(spec(.init(mean: 1, classMix: [.uo: 1], kommuner: .table([])))) == ["new_areas.kommuner"])
    let zero = spec(.init(mean: 1, classMix: [.uo: 1], kommuner: .table([.init(kommun: "Lund", weight: 0)])))
    #expect(zero.validationErrors().map(\.problem) == [.noLandingWeight])
    let badPopulation = spec(
      .init(
        mean: 1, classMix: [.uo: 1],
        kommuner: .table([.init(kommun: "Tyresö", weight: 1, population: 0), .init(kommun: "Lund", weight: -1)])))
    #expect(Self.paths(badPopulation) == ["new_areas.kommuner.Tyresö.population", "new_areas.kommuner.Lund.weight"])
  }

  @Test func drawsMustBePositive() {
    #expect(Self.paths(UncertaintySpec(draws: 0, seed: 1)) == ["draws"])
    #expect(Self.paths(UncertaintySpec(draws: Limits.draws.lowerBound, seed: 1)).isEmpty)
  }
}
