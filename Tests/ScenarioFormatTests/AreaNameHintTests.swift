import ScenarioFormat
import Testing

/// An unknown area name suggests the nearest names, with their kommun, and points to `fordela areas`.
@Suite struct AreaNameHintTests {
  /// The hint of the one diagnostic of a scenario with one change.
  private func hint(_ change: String, baseline: String = "year: 2021") throws -> String? {
    let error = try #require(
      ScenarioTestSupport.error("name: t\nbaseline: {\(baseline)}\nchanges:\n  - \(change)\n"))
    try #require(error.diagnostics.count == 1, "\(error)")
    return error.diagnostics[0].hint
  }

  @Test func aCloseNameIsSuggestedWithItsKommunAndTheCommandThatListsItsAreas() throws {
    #expect(
      try hint("delist: {area: Skaggetorp}")
        == "did you mean 'Skäggetorp' (Linköping)? "
        + "List the areas of Linköping with 'fordela areas --year 2021 --kommun Linköping'.")
  }

  @Test func aNameThatMentionsAKommunSuggestsTheNearestAreasThere() throws {
    let text = try #require(try hint("reclassify: {area: Rinkeby Stockholm, to: RO}"))
    #expect(text.hasPrefix("the areas of Stockholm nearest to it are 'Rinkeby/Tensta'"))
    #expect(text.hasSuffix("'fordela areas --year 2021 --kommun Stockholm'."))
  }

  @Test func aKommunNameUsedAsAnAreaListsThatKommunsAreas() throws {
    let text = try #require(try hint("delist: {area: Uppsala}"))
    #expect(text.contains("'Gottsunda/Valsätra'"))
    #expect(text.contains("--kommun Uppsala"))
  }

  @Test func withNothingCloseTheHintPointsToTheListOfTheBaseline() throws {
    #expect(
      try hint("delist: {area: Zzzz}", baseline: "editions: [2019, 2021], population_date: 2019-12-31")
        == "area names are written as on the police list; list them with 'fordela areas --editions 2019,2021'")
    #expect(
      try hint("delist: {area: Zzzz}", baseline: "editions: [2019], population_date: 2019-12-31")
        == "area names are written as on the police list; list them with 'fordela areas --edition 2019'")
  }
}
