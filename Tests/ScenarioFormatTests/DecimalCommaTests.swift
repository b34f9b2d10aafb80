import ScenarioFormat
import Testing

/// `0,15` where a number is expected: YAML reads it as a text in a block mapping and, in a flow mapping, as
/// the number 0 followed by a key '15'. Either way the message is about the decimal comma.
@Suite struct DecimalCommaTests {
  /// The diagnostics of a scenario with an uncertainty section.
  private func diagnostics(_ uncertainty: String) throws -> [(line: Int, column: Int, message: String, hint: String?)] {
    let yaml = "name: t\nbaseline: {year: 2021}\nuncertainty:\n  draws: 10\n  seed: 1\n" + uncertainty
    let error = try #require(ScenarioTestSupport.error(yaml))
    return error.diagnostics.map { ($0.location.line, $0.location.column, $0.message, $0.hint) }
  }

  @Test func aDecimalCommaInAFlowMappingIsNotAnUnknownKey() throws {
    let found = try diagnostics("  reclassification: {probability: 0,15, up: 0.5}\n")
    try #require(found.count == 1, "\(found)")
    #expect((found[0].line, found[0].column) == (6, 35))
    #expect(found[0].message.contains("decimal comma"))
    #expect(!found[0].message.contains("unknown key"))
    #expect(found[0].hint == "write 0.15: YAML numbers use a decimal point")
  }

  @Test func aDecimalCommaInABlockMappingSaysTheSame() throws {
    let found = try diagnostics("  reclassification:\n    probability: 0,15\n    up: 0.5\n")
    try #require(found.count == 1, "\(found)")
    #expect((found[0].line, found[0].column) == (7, 18))
    #expect(found[0].message == "'probability' must be a number, got '0,15'")
    #expect(found[0].hint == "write 0.15: YAML numbers use a decimal point")
  }

  @Test func everyNumberOfAFlowMappingIsCaught() throws {
    let found = try diagnostics("  population_growth: {mean: 0,01, sd: 0,005}\n")
    #expect(
      found.map(\.hint) == [
        "write 0.01: YAML numbers use a decimal point", "write 0.005: YAML numbers use a decimal point",
      ])
    #expect(found.allSatisfy { !$0.message.contains("unknown key") && !$0.message.contains("needs the key") })
  }

  @Test func aPopulationFactorWithADecimalComma() throws {
    let error = try #require(
      ScenarioTestSupport.error(
        "name: t\nbaseline: {year: 2021}\nchanges:\n  - population: {kommun: Uppsala, factor: 1,02}\n"))
    #expect(
      error.diagnostics.map(\.message) == [
        "'factor' is written with a decimal comma, 1,02, which YAML reads as 1 and a key '02'"
      ])
    #expect(error.diagnostics.map(\.hint) == ["write 1.02: YAML numbers use a decimal point"])
  }

  @Test func aCommaBeforeThreeDigitsMayBeAThousandsSeparator() throws {
    let found = try diagnostics("  new_areas: {mean: 1,500, class_mix: {UO: 1}}\n")
    #expect(
      found.map(\.hint) == [
        "write 1.500: YAML numbers use a decimal point (or 1500 if the comma separates thousands)"
      ])
  }

  @Test func aWholeNumberWithThousandsCommasSaysHowToWriteIt() throws {
    let error = try #require(ScenarioTestSupport.error("name: t\nbaseline: {year: 2021}\nbudget_kr: 243,500,000\n"))
    #expect(error.diagnostics.map(\.message) == ["'budget_kr' must be a whole number, got '243,500,000'"])
    #expect(error.diagnostics.map(\.hint) == ["write 243500000: YAML numbers have no thousands separators"])
  }

  @Test func aNumericKeyThatIsNoDecimalsIsStillAnUnknownKey() throws {
    let error = try #require(ScenarioTestSupport.error("name: t\nbaseline: {year: 2021, 15: x}\n"))
    #expect(error.diagnostics.map(\.message) == ["unknown key '15' in 'baseline'"])
  }
}
