import Foundation
import Testing

/// `fordela allocate --population-file`: the user's figures fill the gaps of the embedded data.
@Suite struct PopulationFileOptionTests {
  static func file(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-pop-\(UUID().uuidString).csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  @Test func theUsersFiguresCompleteA2023Preset() throws {
    // Illustrative figures for the three kommuner the embedded 2022-12-31 data lacks (see SOURCES.md).
    let csv = try Self.file("kommun,population\nBotkyrka,95000\nJärfälla,84000\nSundbyberg,54000\n")
    defer { try? FileManager.default.removeItem(at: csv) }
    let without = CLIHarness.run(["allocate", "--year", "2023"])
    #expect(without.status == 2)
    let with = CLIHarness.run(["allocate", "--year", "2023", "--population-file", csv.path, "--format", "json"])
    #expect(with.status == 0, "\(with.err)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(with.out.utf8)) as? [String: Any])
    #expect(object["total_kr"] as? Int == 243_500_000)
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    let botkyrka = try #require(rows.first { $0["kommun"] as? String == "Botkyrka" })
    #expect(botkyrka["population"] as? Double == 95_000)
    #expect(botkyrka["population_status"] as? String == "user")
    #expect(object["total_weight"] as? Double == 115, "2019 basis with the 2021 list: the two that left persist")
  }

  @Test func aBadPopulationFileIsAnErrorWithItsLine() throws {
    let csv = try Self.file("kommun,population\nGoteborg,12\n")
    defer { try? FileManager.default.removeItem(at: csv) }
    let outcome = CLIHarness.run(["allocate", "--population-file", csv.path])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("\(csv.path):2:1"), "\(outcome.err)")
    #expect(outcome.err.contains("Göteborg"))
  }
}
