import AllocationModel
import ScenarioFormat
import TestSupport
import Testing

/// The `districts:` section: how it is read, checked against both bases, and computed.
@Suite struct DistrictSectionTests {
  /// A 2021 scenario with every Stockholm area in one district each, and `extra` YAML lines after `areas`.
  static func scenario(changes: String = "", delisted: String = "persist", areas: [String]? = nil) -> String {
    let all =
      areas ?? Fixtures.stockholmDistrictEntries
    return """
      name: t
      baseline: {year: 2021}
      delisted: \(delisted)
      changes:\(changes.isEmpty ? " []" : "\n" + changes)
      districts:
        kommun: Stockholm
        earmarks_kr: {Rinkeby-Kista: 1605000, Skolteam: 500000}
        class_weights: {UO: 1, RO: 1.5, SUO: 2}
        areas:

      """ + all.map { "    - \($0)\n" }.joined()
  }

  /// The messages of a YAML text's errors, with their line and column.
  static func messages(_ yaml: String) -> [String] {
    ScenarioTestSupport.error(yaml)?.diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" } ?? []
  }

  @Test func theDistrictsSumToStockholmsAmountInBothBases() throws {
    let s = try ScenarioTestSupport.load(
      Self.scenario(changes: "  - reclassify: {area: Bredäng, to: RO}"))
    let baseline = try #require(s.baselineDistricts)
    let scenario = try #require(s.scenarioDistricts)
    #expect(baseline.totalRounded == s.baselineAllocation["Stockholm"]?.rounded)
    #expect(scenario.totalRounded == s.scenarioAllocation["Stockholm"]?.rounded)
    #expect(baseline.rows.map(\.district).first == "Enskede-Årsta-Vantör")
    #expect(scenario.rows.first { $0.district == "Skolteam" }?.rounded == 500_000)
    let skärholmen = { (split: DistrictSplit) in split.rows.first { $0.district == "Skärholmen" }?.amount ?? 0 }
    #expect(skärholmen(scenario) > skärholmen(baseline))
  }

  @Test func withoutTheSectionThereAreNoDistricts() throws {
    let s = try ScenarioTestSupport.load("name: t\nbaseline: {year: 2021}\n")
    #expect(s.districts == nil && s.baselineDistricts == nil && s.scenarioDistricts == nil)
  }

  @Test func anAreaDelistedAndDroppedNeedsNoEntryInTheScenarioButStillInTheBaseline() {
    var areas = Self.areaLines(Self.scenario())
    areas.removeAll { $0.contains("Östberga") }
    let messages = Self.messages(
      Self.scenario(changes: "  - delist: {area: Östberga}", delisted: "drop", areas: areas))
    #expect(messages == ["11:5 the area Östberga of Stockholm counts in the key but has no entry in 'areas'"])
  }

  @Test func aSplitsPartsNeedTheirOwnEntries() throws {
    let split = "  - split: {area: Husby, into: [{area: Husby N, class: SUO}, {area: Husby S, class: RO}]}"
    #expect(
      Self.messages(Self.scenario(changes: split)) == [
        "11:5 the area Husby N of Stockholm counts in the key but has no entry in 'areas'",
        "11:5 the area Husby S of Stockholm counts in the key but has no entry in 'areas'",
      ])
    var areas = Self.areaLines(Self.scenario())
    areas += [
      "{area: Husby N, district: Rinkeby-Kista, population: 6000}",
      "{area: Husby S, district: Rinkeby-Kista, population: 5900}",
    ]
    let s = try ScenarioTestSupport.load(Self.scenario(changes: split, areas: areas))
    #expect(s.scenarioDistricts?.totalRounded == s.scenarioAllocation["Stockholm"]?.rounded)
  }

  @Test func badEntriesAreReportedWhereTheyAreWritten() {
    let negative = Self.scenario(areas: ["{area: Husby, district: Rinkeby-Kista, population: -5}"])
    #expect(
      Self.messages(negative) == ["10:58 'population' of an area's part must be a number from 0 to 100000000, got -5"])
    let misplaced = Self.scenario(areas: [
      "{area: Araby, district: Rinkeby-Kista, population: 10}",
      "{area: Husbyy, district: Rinkeby-Kista, population: 10}",
      "{area: Husby, district: Rinkeby-Kista, population: 10}",
      "{area: Husby, district: Rinkeby-Kista, population: 20}",
    ])
    let messages = Self.messages(misplaced)
    #expect(messages.contains("13:14 the area Husby has two entries for the district Rinkeby-Kista"))
    let located = Self.messages(Self.scenario(areas: Array(Self.areaLines(misplaced).prefix(3))))
    #expect(located.contains("10:14 the area Araby lies in Växjö, not in Stockholm"))
    #expect(located.contains("11:14 no area named 'Husbyy' in the basis"))
    let hint = ScenarioTestSupport.error(Self.scenario(areas: ["{area: Husbyy, district: X, population: 1}"]))?
      .diagnostics.first { $0.message.contains("Husbyy") }?.hint
    #expect(hint?.contains("'Husby' (Stockholm)") == true)
  }

  /// The entries of `areas` in a scenario made by ``scenario(changes:delisted:areas:)``.
  static func areaLines(_ yaml: String) -> [String] {
    yaml.split(separator: "\n").filter { $0.hasPrefix("    - ") }.map { String($0.dropFirst(6)) }
  }

  @Test func anUnknownOrIneligibleKommunIsAnError() {
    let unknown = Self.scenario().replacing("kommun: Stockholm", with: "kommun: Stokholm")
    #expect(Self.messages(unknown) == ["6:11 unknown kommun 'Stokholm'"])
    let ineligible = Self.scenario(areas: []).replacing("kommun: Stockholm", with: "kommun: Lund")
      .replacing("  areas:\n", with: "  areas: []\n")
    #expect(
      Self.messages(ineligible) == [
        "6:11 Lund has no area that counts in the baseline or the scenario, so it has no money to split over districts"
      ])
  }

  @Test func earmarksAboveTheAmountAreAnErrorAtTheEarmarks() {
    let yaml = Self.scenario().replacing("Skolteam: 500000", with: "Skolteam: 50000000")
    #expect(Self.messages(yaml).first?.hasPrefix("7:16 in the baseline, the earmarks add up to 51605000 kr") == true)
  }

  @Test func theShippedStockholmScenarioCoversEveryArea() throws {
    let s = try ScenarioTestSupport.shipped("stockholm-districts.yaml")
    let baseline = try #require(s.baselineDistricts)
    let scenario = try #require(s.scenarioDistricts)
    #expect(baseline.totalRounded == s.baselineAllocation["Stockholm"]?.rounded)
    #expect(scenario.totalRounded == s.scenarioAllocation["Stockholm"]?.rounded)
    // Under drop, the district whose only area left the list gets nothing.
    #expect(scenario.rows.first { $0.district == "Hägersten-Älvsjö" }?.rounded == 0)
  }
}
