import AllocationModel
import EmbeddedData
import ScenarioFormat
import Testing

/// A scenario's `baseline:` takes a grant year's payment and rounding unit, and the scenario's key inherits the unit.
@Suite struct GrantYearBaselineTests {
  @Test func thePresetsRoundLikeThePublishedAmounts() throws {
    // The published ordinary amounts of 2022 and 2023 are multiples of 250 kr; the 2021 table and the 2022 top-up
    // are whole kronor (docs/domain.md, "Grant years").
    #expect(GrantYear.all.map(\.roundingUnit) == [1, 250, 250])
    let topUp = try #require(GrantYear.preset(2022)?.payment(GrantYear.Payment.topUp))
    #expect(topUp.budget == 216_800_000 && topUp.roundingUnit == 1)
    #expect(GrantYear.all.allSatisfy { $0.payments.first?.name == GrantYear.Payment.ordinary })
    #expect(GrantYear.all.allSatisfy { $0.budget == GrantYear.standardBudget })
  }

  @Test func theScenarioKeyInheritsTheBaselinesUnit() throws {
    let scenario = try ScenarioTestSupport.load(
      "name: t\nbaseline: {year: 2022}\nchanges:\n  - delist: {area: Araby}\n")
    #expect(scenario.baseline.roundingUnit == 250)
    #expect(scenario.baseline.payment == "ordinary")
    #expect(scenario.key.roundingUnit == 250)
    #expect(scenario.baselineAllocation.kommuner.allSatisfy { $0.rounded % 250 == 0 })
    #expect(scenario.scenarioAllocation.kommuner.allSatisfy { $0.rounded % 250 == 0 })
    #expect(scenario.scenarioAllocation.totalRounded == 243_500_000)
  }

  @Test func theScenarioMayRoundOtherwise() throws {
    let scenario = try ScenarioTestSupport.load(
      "name: t\nbaseline: {year: 2022}\nrounding_kr: 1\nbudget_kr: 100000001\n")
    #expect(scenario.baseline.roundingUnit == 250)
    #expect(scenario.key.roundingUnit == 1)
    #expect(scenario.scenarioAllocation.totalRounded == 100_000_001)
  }

  @Test func aBaselineMayNameItsUnitAndPayment() throws {
    let units = try ScenarioTestSupport.load("name: t\nbaseline: {year: 2021, rounding_kr: 500}\n")
    #expect(units.baselineAllocation.kommuner.allSatisfy { $0.rounded % 500 == 0 })
    #expect(units.key.roundingUnit == 500)
    let topUp = try ScenarioTestSupport.load("name: t\nbaseline: {year: 2022, payment: top-up}\n")
    #expect(topUp.baseline.budget == 216_800_000)
    #expect(topUp.baseline.payment == "top-up")
    #expect(topUp.baselineAllocation.totalRounded == 216_800_000)
    #expect(topUp.key.budget == 216_800_000 && topUp.key.roundingUnit == 1)
  }

  @Test func paymentAndUnitErrorsPointAtTheirNode() throws {
    let cases: [(yaml: String, line: Int, column: Int, message: String)] = [
      ("name: t\nbaseline:\n  year: 2021\n  payment: top-up\n", 4, 12, "grant year 2021 has no payment 'top-up'"),
      ("name: t\nbaseline:\n  year: 2022\n  payment: extra\n", 4, 12, "its payments are ordinary, top-up"),
      ("name: t\nbaseline:\n  year: 2021\n  rounding_kr: 7\n", 4, 16, "not a multiple of the rounding unit 7 kr"),
      ("name: t\nbaseline: {year: 2022}\nbudget_kr: 1001\n", 3, 12, "the budget 1001 kr is not a multiple of"),
      ("name: t\nbaseline: {year: 2021}\nrounding_kr: 7\n", 3, 14, "not a multiple of the rounding unit 7 kr"),
    ]
    for c in cases {
      let error = try #require(ScenarioTestSupport.error(c.yaml), "\(c.yaml)")
      #expect(error.diagnostics.count == 1, "\(error)")
      let d = try #require(error.diagnostics.first)
      #expect((d.location.line, d.location.column) == (c.line, c.column), "\(c.yaml): \(d)")
      #expect(d.message.contains(c.message), "\(d.message)")
    }
  }

  @Test func commandLineFiguresComplete2023AndAreMarked() throws {
    let figures = UserPopulation(
      source: UserPopulation.commandLine, figures: ["Botkyrka": 94_000, "Järfälla": 84_000, "Sundbyberg": 54_000])
    let scenario = try ScenarioLoader.load(
      file: "t.yaml", bytes: Array("name: t\nbaseline: {year: 2023}\n".utf8), population: figures)
    #expect(scenario.baselinePopulation["Järfälla"] == 84_000)
    #expect(scenario.baselinePopulationSources["Järfälla"] == .userFile("command line"))
    #expect(scenario.baseline.populationFile == "command line")
    // Over a file, the command line wins and each figure keeps its own source.
    let file = UserPopulation(source: "pop.csv", figures: ["Botkyrka": 90_000, "Sundbyberg": 50_000])
    let both = try #require(UserPopulation.combining(file, figures))
    #expect(both.figures["Botkyrka"] == 94_000)
    #expect(both.source == "pop.csv + command line")
    let partial = try #require(
      UserPopulation.combining(file, UserPopulation(source: "command line", figures: ["Järfälla": 84_000])))
    #expect(partial.source(of: "Botkyrka") == "pop.csv" && partial.source(of: "Järfälla") == "command line")
  }
}
