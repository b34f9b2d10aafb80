import AllocationModel
import ScenarioFormat
import Testing

/// Splits under the literal and the technical reading.
@Suite struct SplitReadingTests {
  private func scenario(_ splits: String, _ changes: String, baseline: String = "year: 2021") throws -> ResolvedScenario
  {
    try ScenarioTestSupport.load("name: t\nbaseline: {\(baseline)}\nsplits: \(splits)\nchanges:\n\(changes)")
  }

  private let split =
    "  - split: {area: Rinkeby/Tensta, into: [{area: Rinkeby, class: SUO}, {area: Tensta, class: SUO}]}\n"

  @Test func aTechnicalSplitIntoPartsOfTheParentsClassChangesNoAmount() throws {
    let s = try scenario("technical", split)
    #expect(s.scenarioBasis["Rinkeby"]?.splitGroup == "Rinkeby/Tensta")
    #expect(s.scenarioBasis["Rinkeby/Tensta"] == nil)
    #expect(s.comparison.rows.allSatisfy { $0.status == .unchanged })
  }

  @Test func aLiteralSplitAddsWeight() throws {
    let s = try scenario("literal", split)
    let stockholm = try #require(s.comparison["Stockholm"])
    #expect(stockholm.scenarioWeight == stockholm.baselineWeight + 3)
    #expect(stockholm.changeKr > 0)
  }

  @Test func aTechnicalGroupCountsAtItsHighestClass() throws {
    let s = try scenario(
      "technical",
      "  - split: {area: Rinkeby/Tensta, into: [{area: Rinkeby, class: UO}, {area: Tensta, class: RO}]}\n")
    let stockholm = try #require(s.comparison["Stockholm"])
    #expect(stockholm.scenarioWeight == stockholm.baselineWeight - 1, "SUO 3 → the group's highest part, RO 2")
  }

  @Test func delistingEveryPartLeavesTheGroupPersistingAtItsLastClass() throws {
    let s = try scenario(
      "technical", split + "  - delist: {area: Rinkeby}\n  - delist: {area: Tensta}\n")
    #expect(s.comparison.rows.allSatisfy { $0.status == .unchanged })
    let unit = try #require(
      s.scenarioBasis.keyUnits(delisted: .persist, splits: .technical).first { $0.members.contains("Rinkeby") })
    #expect(unit.isDelisted && unit.areaClass == .suo && unit.members == ["Rinkeby", "Tensta"])
    let dropped = try ScenarioTestSupport.load(
      "name: t\nbaseline: {year: 2021}\nsplits: technical\ndelisted: drop\nchanges:\n" + split
        + "  - delist: {area: Rinkeby}\n  - delist: {area: Tensta}\n")
    let stockholm = try #require(dropped.comparison["Stockholm"])
    #expect(stockholm.scenarioWeight == stockholm.baselineWeight - 3, "under drop the delisted group stops counting")
  }

  @Test func theShippedSplitScenariosDiffer() throws {
    let literal = try ScenarioTestSupport.shipped("split-literal.yaml")
    let technical = try ScenarioTestSupport.shipped("split-technical.yaml")
    #expect(technical.comparison.rows.allSatisfy { $0.status == .unchanged })
    #expect(try #require(literal.comparison["Örebro"]).changeKr > 0)
  }
}
