import AllocationModel
import EmbeddedData
import Foundation
import ScenarioFormat
import Testing

/// Every class of error, with its exact message, line and column.
///
/// The expected texts are in `Fixtures/error-messages.txt`, reviewed by hand when written; a change
/// to a message shows up as a diff of that file.
@Suite struct ErrorMessageTests {
  private static func snapshots() throws -> [String: String] {
    let text = try String(
      contentsOf: ScenarioTestSupport.fixtures.appendingPathComponent("error-messages.txt"), encoding: .utf8)
    var out: [String: String] = [:]
    for block in text.components(separatedBy: "=== ").dropFirst() {
      let label = String(block.prefix { $0 != "\n" })
      out[label] = String(block.drop { $0 != "\n" }.dropFirst())
    }
    return out
  }

  @Test func everyErrorClassMatchesItsSnapshot() throws {
    let snapshots = try Self.snapshots()
    #expect(snapshots.count == ErrorCases.all.count)
    for c in ErrorCases.all {
      let message = (ScenarioTestSupport.error(c.yaml)?.description ?? "NO ERROR") + "\n"
      #expect(message == snapshots[c.label], "\(c.label)")
    }
  }

  @Test func everyDiagnosticNamesFileLineAndColumn() {
    for c in ErrorCases.all {
      guard let error = ScenarioTestSupport.error(c.yaml, file: "dir/s.yaml") else {
        Issue.record("\(c.label) loaded")
        continue
      }
      #expect(!error.diagnostics.isEmpty)
      for line in error.description.split(separator: "\n").dropFirst() where !line.hasPrefix("  hint:") {
        #expect(line.wholeMatch(of: /dir\/s\.yaml:\d+:\d+: error: .+/) != nil, "\(c.label): \(line)")
      }
    }
  }

  @Test func aByteOrderMarkIsRejectedAtTheStart() throws {
    #expect(throws: ScenarioError.self) { try ScenarioTestSupport.fixture("bom.yaml") }
    let error = try #require(load("bom.yaml"))
    #expect(
      error.description == """
        the scenario Tests/ScenarioFormatTests/Fixtures/bom.yaml cannot be used (1 error):
        Tests/ScenarioFormatTests/Fixtures/bom.yaml:1:1: error: the scenario file starts with a byte-order mark (BOM)
          hint: save it as plain UTF-8 without BOM (often called 'UTF-8' rather than 'UTF-8 with BOM')
        """)
  }

  @Test func latin1IsRecognisedAndLocated() throws {
    let error = try #require(load("latin1.yaml"))
    #expect(
      error.description == """
        the scenario Tests/ScenarioFormatTests/Fixtures/latin1.yaml cannot be used (1 error):
        Tests/ScenarioFormatTests/Fixtures/latin1.yaml:4:29: error: the scenario file is not valid UTF-8: \
        byte 0xF6 cannot start or continue a character
          hint: the byte 0xF6 is 'ö' in Latin-1 (ISO 8859-1, Windows-1252); the scenario file seems to be saved \
        in that encoding: save it as UTF-8
        """)
  }

  @Test func aHugeFileIsRejectedBeforeParsing() {
    let yaml = "name: t\nbaseline: {year: 2021}\ndescription: " + String(repeating: "x", count: 10_000_000) + "\n"
    let error = ScenarioTestSupport.error(yaml)
    #expect(
      error?.diagnostics.first?.message
        == "the scenario file is \(yaml.utf8.count) bytes; the limit is 1048576 bytes (1 MiB)")
  }

  @Test func deepBlockNestingIsRejected() {
    var yaml = "name: t\nbaseline: {year: 2021}\ndescription:\n"
    for depth in 1...150 { yaml += String(repeating: "  ", count: depth) + "a\(depth):\n" }
    #expect(ScenarioTestSupport.error(yaml)?.diagnostics.first?.message.contains("nested too deeply") == true)
  }

  @Test func aliasesCannotBlowUpTheWalk() {
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    yaml += "name: t\nbaseline: {year: 2021}\ndescription: *a9\n"
    let error = ScenarioTestSupport.error(yaml)
    #expect(error != nil)
  }

  @Test func anAliasIsRefusedBeforeTheParserHashesIt() {
    // Ten doubling anchors, then *a9 as a mapping key: the YAML parser's duplicate-key check would
    // hash 10^10 nodes. Found by MutationFuzzTests; Tests/Fixtures/bad/73-alias-as-a-mapping-key.yaml.
    var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1...9 {
      yaml += "a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ") + "]\n"
    }
    yaml += "name: t\nbaseline: {year: 2021}\ndescription: {*a9 : x}\n"
    let started = ContinuousClock.now
    let error = ScenarioTestSupport.error(yaml)
    #expect(ContinuousClock.now - started < .seconds(2))
    #expect(
      error?.diagnostics.map(\.description) == [
        "test.yaml:2:10: error: aliases (*name) are not supported in scenario files\n"
          + "  hint: write the value out in full, or quote it if the '*' is part of a text"
      ])
  }

  @Test func anAsteriskInsideATextIsNotAnAlias() throws {
    for description in ["see *note", "5 * 3", "'*quoted'", "\"*quoted\"", "a*b"] {
      let scenario = try ScenarioTestSupport.load("name: t\nbaseline: {year: 2021}\ndescription: \(description)\n")
      #expect(scenario.description?.contains("*") == true, "\(description)")
    }
  }

  @Test func everyAreaDelistedUnderDropCannotBeAllocated() throws {
    let areas = try #require(PoliceLists.edition("2019")).areas
    let yaml =
      "name: t\nbaseline: {year: 2021}\ndelisted: drop\nchanges:\n"
      + areas.map { "  - delist: {area: \"\($0.name)\"}\n" }.joined()
    let error = try #require(ScenarioTestSupport.error(yaml))
    #expect(
      error.diagnostics.map(\.description) == [
        "test.yaml:3:1: error: the scenario cannot be allocated: no kommun has an area that counts, "
          + "so there is nobody to distribute to"
      ])
  }

  @Test func aPopulationFileFillsTheGapsAndTakesPrecedence() throws {
    let scenario = try ScenarioTestSupport.fixture("with-population-file.yaml")
    #expect(scenario.baselinePopulation["Botkyrka"] == 90000)
    #expect(scenario.populationStatus["Botkyrka"] == "user")
    #expect(scenario.baselinePopulation["Uppsala"] == 1, "the user's figure wins over the embedded one")
    #expect(scenario.baseline.populationFile == "population-2021.csv")
  }

  @Test func populationFileErrorsPointIntoTheCSV() throws {
    let yaml = "name: t\nbaseline: {year: 2022, population_file: pop.csv}\n"
    let csv = "kommun,population\nBotkyrka,\"90 000,5\"\nHudinge,1\nBotkyrka;5\n"
    let error = try #require(ScenarioTestSupport.error(yaml, file: "d/s.yaml", files: ["d/pop.csv": csv]))
    #expect(
      error.diagnostics.map(\.description) == [
        "d/pop.csv:2:10: error: the population of Botkyrka must be a positive whole number, got '90 000,5'\n"
          + "  hint: a population is a whole number of people",
        "d/pop.csv:3:1: error: the population file names an unknown kommun 'Hudinge'\n"
          + "  hint: did you mean 'Huddinge' or 'Haninge'?",
        "d/pop.csv:4:1: error: expected 2 columns (kommun, population) as in the header, got 1\n"
          + "  hint: the header separates its columns with ','; this line seems to use ';'",
      ])
    let missing = try #require(ScenarioTestSupport.error(yaml, file: "d/s.yaml"))
    #expect(missing.diagnostics.first?.message.hasPrefix("cannot read the population file 'd/pop.csv'") == true)
  }

  private func load(_ fixture: String) -> ScenarioError? {
    do {
      _ = try ScenarioTestSupport.fixture(fixture)
      return nil
    } catch let error as ScenarioError {
      return error
    } catch {
      return nil
    }
  }
}
