import Foundation
import Testing

/// Kommun names through the built binary: `areas --kommun` and scenarios name only Sweden's kommuner, and a
/// kommun new to the grant takes the embedded population of the date.
@Suite struct KommunNameCommandTests {
  @Test func areasSuggestsTheKommunForAMisspeltName() throws {
    let outcome = try CLIHarness.spawn(["areas", "--kommun", "Tyreso"])
    #expect(outcome.status == 2)
    #expect(outcome.out.isEmpty)
    #expect(outcome.err == "fordela: error: --kommun Tyreso: unknown kommun; did you mean 'Tyresö'?\n")
  }

  @Test func areasSaysWhenAKnownKommunHasNoAreas() throws {
    let outcome = try CLIHarness.spawn(["areas", "--kommun", "Tyresö", "--edition", "2023"])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("no area of the lists 2023 lies in Tyresö"))
  }

  @Test func aNewKommunTakesItsPopulationFromTheEmbeddedData() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-kommun-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    // The embedded SCB table is complete at 2021-12-31 for the grant's kommuner; Tyresö is not among them.
    try """
    name: Granängsringen
    baseline:
      editions: [2019, 2021]
      population_date: 2021-12-31
    changes:
      - add: {area: Granängsringen, kommun: Tyresö, class: UO}

    """.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
    let outcome = try CLIHarness.spawn(["run", "s.yaml", "--format", "json"], in: folder)
    #expect(outcome.status == 0, "\(outcome.err)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    let populations = try #require(json["populations"] as? [[String: Any]])
    let tyreso = try #require(populations.first { $0["kommun"] as? String == "Tyresö" })
    #expect(tyreso["scenario_population"] as? Int == 49062)
    #expect(tyreso["source"] as? String == "scb")
    let kommuner = try #require(json["kommuner"] as? [[String: Any]])
    let row = try #require(kommuner.first { $0["kommun"] as? String == "Tyresö" })
    #expect(row["status"] as? String == "new")
    #expect((row["scenario_kr_rounded"] as? Int ?? 0) > 0)
  }
}
