import AllocationModel
import EmbeddedData
import ScenarioFormat
import TestSupport
import Testing

/// `BaselineResolver`: one set of checks for every way of asking for a baseline.
@Suite struct BaselineResolverTests {
  typealias Field = BaselineDiagnostic.Field

  static func resolve(_ request: BaselineRequest) -> BaselineResolver.Resolution { BaselineResolver.resolve(request) }

  @Test func the2021PresetIsTheOfficialTable() throws {
    let resolution = Self.resolve(BaselineRequest(year: 2021))
    #expect(resolution.diagnostics.isEmpty)
    let baseline = try #require(resolution.baseline)
    #expect(baseline.settings.editions == ["2019"])
    #expect(baseline.settings.populationDate == "2019-12-31")
    #expect(baseline.settings.year == 2021)
    #expect(baseline.key == .official(budget: Fixtures.budget))
    #expect(baseline.allocation == Fixtures.allocation2021())
  }

  @Test func theFallbackPresetFillsInWhatTheRequestLeavesOut() throws {
    let request = BaselineRequest(fallbackYear: 2021, editions: ["2019", "2021"])
    let baseline = try #require(Self.resolve(request).baseline)
    #expect(baseline.settings.populationDate == "2019-12-31")
    #expect(baseline.settings.editions == ["2019", "2021"])
    // Without a preset to fall back on, editions need a date.
    let bare = Self.resolve(BaselineRequest(editions: ["2019"]))
    #expect(bare.baseline == nil)
    #expect(bare.diagnostics.map(\.field) == [.request])
    #expect(bare.diagnostics.first?.problem == .incomplete)
  }

  @Test func theBudgetOfExplicitEditionsIsThePresetsNotALiteral() throws {
    let baseline = try #require(
      Self.resolve(BaselineRequest(editions: ["2019"], populationDate: "2019-12-31")).baseline)
    #expect(baseline.key.budget == GrantYear.standardBudget)
    #expect(GrantYear.all.allSatisfy { $0.budget == GrantYear.standardBudget })
    #expect(baseline.settings.year == nil)
  }

  @Test(arguments: [
    ("2019-12-31", true), ("2020-02-29", true), ("2000-02-29", true), ("2019-02-29", false), ("1900-02-29", false),
    ("2019-02-30", false), ("2019-04-31", false), ("2019-13-01", false), ("2019-00-10", false), ("2019-12-00", false),
    ("2019-1-31", false), ("31/12/2019", false), ("", false),
  ])
  func populationDatesMustBeCalendarDates(text: String, valid: Bool) {
    #expect(BaselineResolver.isCalendarDate(text) == valid)
    let resolution = Self.resolve(BaselineRequest(year: 2021, populationDate: text))
    let dateProblems = resolution.diagnostics.filter { $0.problem == .invalidDate(text) }
    #expect(dateProblems.map(\.field) == (valid ? [] : [.populationDate]))
  }

  @Test func editionsMustBeKnownAndInOrderEachNamingItsPosition() {
    let problems = BaselineResolver.checkEditions(["2019", "2020", "2023", "2021"])
    #expect(problems.map(\.index) == [1, 3])
    #expect(problems.map(\.problem) == [.unknownEdition("2020"), .editionOutOfOrder("2021", after: "2023")])
    #expect(
      BaselineResolver.checkEditions(["2019", "2019"]).map(\.problem) == [.editionOutOfOrder("2019", after: "2019")])
    #expect(BaselineResolver.checkEditions([]).map(\.problem) == [.noEditions])
    #expect(BaselineResolver.checkEditions(PoliceLists.editionIDs).isEmpty)
  }

  @Test func anUnknownPresetNamesTheYear() {
    let resolution = Self.resolve(BaselineRequest(year: 2019))
    #expect(resolution.baseline == nil)
    #expect(resolution.diagnostics.map(\.field) == [.year])
    #expect(
      resolution.diagnostics.first?.message(naming: { "<\($0.rawValue)>" })
        == "no grant-year preset for 2019; the presets are 2021, 2022, 2023")
  }

  @Test func keyProblemsNameTheirField() {
    let cases: [(BaselineRequest, Field)] = [
      (BaselineRequest(year: 2021, budget: 0), .budget),
      (BaselineRequest(year: 2021, budget: DistributionKey.maximumBudget + 1), .budget),
      (BaselineRequest(year: 2021, areaShare: 1.5), .areaShare),
      (BaselineRequest(year: 2021, weights: ClassWeights(uo: 0, ro: 0, suo: 0)), .weights),
    ]
    for (request, field) in cases {
      let resolution = Self.resolve(request)
      #expect(resolution.baseline == nil)
      #expect(resolution.diagnostics.map(\.field) == [field])
    }
  }

  @Test func missingPopulationsNameTheKommunerAndTheDatesThatHaveThemAndNeverSubstitute() throws {
    let resolution = Self.resolve(BaselineRequest(year: 2023))
    let baseline = try #require(resolution.baseline)
    #expect(baseline.allocation == nil)
    #expect(baseline.population["Botkyrka"] == nil, "no figure from another date")
    #expect(resolution.diagnostics.count == 1)
    let diagnostic = try #require(resolution.diagnostics.first)
    #expect(diagnostic.field == .year, "the date came from the preset")
    guard case .missingPopulation(let kommuner, let date, let dates) = diagnostic.problem else {
      Issue.record("expected missing populations, got \(diagnostic.problem)")
      return
    }
    // SCB 2022-12-31 is missing for these three (SOURCES.md, "Completeness").
    #expect(kommuner == ["Botkyrka", "Järfälla", "Sundbyberg"])
    #expect(date == "2022-12-31")
    #expect(dates.contains("2021-12-31") && !dates.contains("2022-12-31"))
    let hint = diagnostic.hint(naming: { "<\($0.rawValue)>" }) ?? ""
    #expect(hint.contains("<populationFile>") && hint.contains("<populationDate>"))
    // An explicit date is the field at fault.
    let explicit = Self.resolve(BaselineRequest(year: 2021, populationDate: "2022-12-31"))
    #expect(explicit.diagnostics.map(\.field) == [.populationDate])
  }

  @Test func theUsersFiguresFillTheGapsAndAreMarkedAsTheirs() throws {
    let figures = ["Botkyrka": 95_000, "Järfälla": 84_000, "Sundbyberg": 54_000]
    let request = BaselineRequest(year: 2023, populationFile: UserPopulation(source: "pop.csv", figures: figures))
    let resolution = Self.resolve(request)
    #expect(resolution.diagnostics.isEmpty)
    let baseline = try #require(resolution.baseline)
    let allocation = try #require(baseline.allocation)
    #expect(allocation.totalRounded == GrantYear.standardBudget)
    #expect(baseline.population["Botkyrka"] == 95_000)
    #expect(baseline.populationSources["Botkyrka"] == .userFile("pop.csv"))
    #expect(baseline.populationStatus["Botkyrka"] == "user")
    let embedded = try #require(PopulationTable.embedded.record(kommun: "Malmö", date: "2022-12-31"))
    #expect(baseline.populationSources["Malmö"] == .embedded(status: embedded.status, source: embedded.source))
    #expect(baseline.settings.populationFile == "pop.csv")
  }

  @Test func aScenarioFilesBaselineIsTheResolversBaseline() throws {
    let scenario = try ScenarioTestSupport.load(
      """
      name: t
      baseline: {editions: [2019, 2021], population_date: 2019-12-31}

      """)
    let baseline = try #require(
      Self.resolve(BaselineRequest(editions: ["2019", "2021"], populationDate: "2019-12-31")).baseline)
    #expect(scenario.baselineAllocation == baseline.allocation)
    #expect(scenario.baseline == baseline.settings)
    #expect(scenario.baselinePopulationSources == baseline.populationSources)
    #expect(scenario.populationStatus == baseline.populationStatus)
  }
}
