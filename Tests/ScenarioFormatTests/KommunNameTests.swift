import AllocationModel
import EmbeddedData
import ScenarioFormat
import Testing

/// Kommun names in scenarios are checked against Sweden's 290 kommuner (``KommunRegister``) in every place a
/// scenario names one, and a kommun new to the grant takes its population from the embedded data of the date.
@Suite struct KommunNameTests {
  /// A population file for a 2021-12-31 baseline with four grant kommuners' figures from the register (SCB,
  /// "Folkmängd i riket, län och kommuner 31 december 2021"), the same as the embedded table's: a user's file
  /// that leaves Tyresö out does not keep it from the register.
  static let missingAt2021 =
    "kommun,population\nBotkyrka,95318\nHuddinge,113951\nSödertälje,101209\nUpplands-Bro,31082\n"

  /// The one diagnostic a scenario gives, as (line, column, message, hint).
  private func only(_ yaml: String) throws -> (Int, Int, String, String?) {
    let error = try #require(ScenarioTestSupport.error(yaml))
    try #require(error.diagnostics.count == 1, "\(error)")
    let d = error.diagnostics[0]
    return (d.location.line, d.location.column, d.message, d.hint)
  }

  @Test func theRegisterHasEveryKommunOfThePoliceListsAndTheSCBTable() {
    #expect(BaselineResolver.kommunNames.count == 290)
    for edition in PoliceLists.all {
      for area in edition.areas { #expect(BaselineResolver.knownKommun(area.kommun), "\(area.kommun)") }
    }
    for kommun in PopulationTable.embedded.kommuner where kommun != "Sverige" {
      #expect(BaselineResolver.knownKommun(kommun), "\(kommun)")
    }
    #expect(!BaselineResolver.knownKommun("Sverige"))
  }

  @Test(arguments: [
    ("Tyreso", ["Tyresö"]), ("Stockholms stad", ["Stockholm"]), ("Uppsala kommun", ["Uppsala"]),
    ("Region Gotland", ["Gotland"]), ("malmö", ["Malmö"]), ("Goteborg", ["Göteborg"]),
    ("Upplands Bro", ["Upplands-Bro"]), ("Sodertalje", ["Södertälje"]), ("Xyzzyq", []),
  ])
  func misspeltNamesSuggestTheKommun(name: String, expected: [String]) {
    #expect(!BaselineResolver.knownKommun(name))
    #expect(Array(BaselineResolver.kommunSuggestions(for: name).prefix(expected.count)) == expected)
    if expected.isEmpty { #expect(BaselineResolver.kommunSuggestions(for: name).isEmpty) }
  }

  @Test func anAddedAreaInAMisspeltKommunIsAnErrorEvenWithAPopulation() throws {
    let error = try #require(
      ScenarioTestSupport.error(
        """
        name: t
        baseline: {year: 2021}
        changes:
          - add: {area: Granängsringen, kommun: Tyreso, class: UO}
          - population: {kommun: Tyreso, set: 49062}

        """))
    #expect(error.diagnostics.map(\.location.line) == [4, 5])
    #expect(error.diagnostics.map(\.location.column) == [41, 26])
    #expect(error.diagnostics.allSatisfy { $0.message == "unknown kommun 'Tyreso'" })
    #expect(error.diagnostics.allSatisfy { $0.hint == "did you mean 'Tyresö'?" })
  }

  @Test func aPopulationChangeForAnUnknownNameIsAnErrorNotIgnored() throws {
    let (line, column, message, hint) = try only(
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - population: {kommun: Stockholms stad, factor: 1.02}\n")
    #expect((line, column) == (4, 26))
    #expect(message == "unknown kommun 'Stockholms stad'")
    #expect(hint == "did you mean 'Stockholm'?")
  }

  @Test func unknownKommunerAreReportedEvenWhenTheBaselineFails() throws {
    let error = try #require(
      ScenarioTestSupport.error(
        "name: t\nbaseline: {year: 2020}\nchanges:\n  - population: {kommun: Stockholms stad, factor: 1.1}\n"
          + "  - add: {area: X, kommun: Tyreso, class: UO}\n"))
    #expect(error.diagnostics.map(\.location.line) == [2, 4, 5])
    #expect(
      error.diagnostics.dropFirst().map(\.message) == ["unknown kommun 'Stockholms stad'", "unknown kommun 'Tyreso'"])
  }

  @Test func anAreaNameWrittenAsAKommunSuggestsItsKommun() {
    #expect(
      BaselineResolver.unknownKommunHint(for: "Rinkeby")
        == "Rinkeby/Tensta is an area of the police lists, in Stockholm; did you mean 'Stockholm' or 'Ronneby'?")
  }

  @Test func anUnknownNameWithNothingCloseSaysHowKommunNamesAreWritten() throws {
    let (_, _, message, hint) = try only(
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - add: {area: X, kommun: Atlantis, class: UO}\n")
    #expect(message == "unknown kommun 'Atlantis'")
    #expect(hint?.contains("290 kommuner") == true)
  }

  @Test func anUnknownLandingKommunIsAnError() throws {
    let (line, column, message, hint) = try only(
      """
      name: t
      baseline: {year: 2021}
      uncertainty:
        draws: 10
        seed: 1
        new_areas: {mean: 1, class_mix: {UO: 1}, kommuner: [{kommun: Tyreso, weight: 1, population: 49062}]}

      """)
    #expect((line, column) == (6, 64))
    #expect(message == "unknown kommun 'Tyreso'")
    #expect(hint == "did you mean 'Tyresö'?")
  }

  @Test func anUnknownGrowthOverrideIsAnErrorBeforeEligibility() throws {
    let (line, column, message, hint) = try only(
      """
      name: t
      baseline: {year: 2021}
      uncertainty:
        draws: 10
        seed: 1
        population_growth: {mean: 0.01, sd: 0.01, overrides: {Uppsala kommun: {mean: 0, sd: 0}}}

      """)
    #expect((line, column) == (6, 57))
    #expect(message == "unknown kommun 'Uppsala kommun'")
    #expect(hint == "did you mean 'Uppsala'?")
  }

  @Test func aKnownKommunThatIsNotEligibleIsStillTheEligibilityError() throws {
    let (_, _, message, _) = try only(
      """
      name: t
      baseline: {year: 2021}
      uncertainty:
        draws: 10
        seed: 1
        population_growth: {mean: 0.01, sd: 0.01, overrides: {Tyresö: {mean: 0, sd: 0}}}

      """)
    #expect(message == "'overrides' names Tyresö, which is not eligible in the scenario")
  }

  @Test func aNewKommunTakesTheRegisterFigureAt20211231() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {editions: [2019, 2021], population_date: 2021-12-31, population_file: pop.csv}
      changes:
        - add: {area: Granängsringen, kommun: Tyresö, class: UO}

      """, files: ["pop.csv": Self.missingAt2021])
    // SCB, "Folkmängd i riket, län och kommuner 31 december 2021": Tyresö 49 062.
    #expect(s.scenarioAllocation["Tyresö"]?.population == 49062)
    #expect(s.comparison["Tyresö"]?.status == .new)
    #expect(s.baselinePopulationSources["Tyresö"] == .embedded(status: "dataset", source: "kommuner_2021.tsv"))
    #expect(s.baselineAllocation["Tyresö"] == nil)
  }

  @Test func aPopulationChangeOfANewKommunStartsFromTheRegisterFigure() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {editions: [2019, 2021], population_date: 2021-12-31, population_file: pop.csv}
      changes:
        - add: {area: Granängsringen, kommun: Tyresö, class: UO}
        - population: {kommun: Tyresö, add: 938}

      """, files: ["pop.csv": Self.missingAt2021])
    #expect(s.scenarioAllocation["Tyresö"]?.population == 50000)
  }

  @Test func aLandingKommunNewToTheGrantTakesTheRegisterFigure() throws {
    let s = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {editions: [2019, 2021], population_date: 2021-12-31, population_file: pop.csv}
      uncertainty:
        draws: 10
        seed: 1
        new_areas: {mean: 1, class_mix: {UO: 1}, kommuner: [{kommun: Tyresö, weight: 1}]}

      """, files: ["pop.csv": Self.missingAt2021])
    let landing = try #require(s.uncertainty?.newAreas?.kommuner)
    #expect(landing == .table([.init(kommun: "Tyresö", weight: 1, population: nil)]))
    #expect(s.scenarioPopulation["Tyresö"] == 49062)
  }

  @Test func aNewKommunTakesTheSCBTableFigureOfTheDate() throws {
    // Solna, not on the 2019 or 2021 list, has an SCB table figure at 2024-12-31 only.
    let solna = try #require(PopulationTable.embedded.record(kommun: "Solna", date: "2024-12-31"))
    let figure = try #require(BaselineResolver.embeddedPopulation(of: "Solna", at: "2024-12-31"))
    #expect(figure.population == solna.population)
    #expect(figure.source == .embedded(status: solna.status, source: solna.source))
    #expect(BaselineResolver.embeddedPopulation(of: "Solna", at: "2023-12-31") == nil)
  }

  @Test func theRegisterNeverStandsInForAnotherDate() throws {
    #expect(BaselineResolver.embeddedPopulation(of: "Tyresö", at: "2021-12-31")?.population == 49062)
    #expect(BaselineResolver.embeddedPopulation(of: "Tyresö", at: "2019-12-31") == nil)
    #expect(BaselineResolver.embeddedPopulation(of: "Tyresö", at: "2022-12-31") == nil)
    // At 2019-12-31 the entering kommun still needs a figure from the user.
    let (_, _, message, hint) = try only(
      "name: t\nbaseline: {year: 2021}\nchanges:\n  - add: {area: Granängsringen, kommun: Tyresö, class: UO}\n")
    #expect(message == "Tyresö enters the scenario but has no population at 2019-12-31 in the embedded SCB data")
    #expect(hint?.contains("population_file") == true)
  }

  @Test func theBaselinesOwnKommunerDoNotTakeTheRegisterFigure() throws {
    // The register fills in only kommuner new to the grant; a gap in the baseline's SCB table stays an error,
    // even at the register's date. The embedded table has Botkyrka at 2021-12-31, so take it out.
    let table = PopulationTable(
      records: PopulationTable.embedded.records.filter { !($0.kommun == "Botkyrka" && $0.date == "2021-12-31") })
    #expect(BaselineResolver.embeddedPopulation(of: "Botkyrka", at: "2021-12-31", in: table) != nil)
    let resolution = BaselineResolver.resolve(
      BaselineRequest(editions: ["2019", "2021"], populationDate: "2021-12-31"), populations: table)
    #expect(resolution.baseline?.allocation == nil)
    let message = resolution.diagnostics.map { $0.message(naming: \.rawValue) }.joined()
    #expect(message.contains("no SCB population at 2021-12-31 for Botkyrka"), "\(message)")
  }
}
