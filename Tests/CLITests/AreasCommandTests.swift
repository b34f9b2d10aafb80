import Foundation
import Reports
import Testing

/// `fordela areas` through the built binary: each edition, a chain, filters and errors.
@Suite struct AreasCommandTests {
  /// The areas of `fordela areas ARGS --format json`, decoded as the document it prints.
  private func areas(_ arguments: [String]) throws -> AreaListDocument {
    let outcome = try CLIHarness.spawn(["areas"] + arguments + ["--format", "json"])
    #expect(outcome.status == 0, "\(outcome.err)")
    return try JSONDecoder().decode(AreaListDocument.self, from: Data(outcome.out.utf8))
  }

  // The police's lists (Polismyndigheten, "Lägesbild över utsatta områden", June 2019, December 2021 and
  // December 2023) have 60, 61 and 59 areas.
  @Test(arguments: [("2019", 60), ("2021", 61), ("2023", 59)])
  func eachEditionListsItsAreas(edition: String, count: Int) throws {
    let document = try areas(["--edition", edition])
    #expect(document.areas.count == count)
    #expect(document.areas.allSatisfy { $0.listed && $0.persists == nil && $0.since == edition })
  }

  @Test func aChainKeepsDelistedAreasAtTheirLastClass() throws {
    let document = try areas(["--editions", "2019,2021,2023"])
    let delisted = document.areas.filter { !$0.listed }
    #expect(document.areas.count - delisted.count == 59)
    #expect(!delisted.isEmpty && delisted.allSatisfy { $0.persists == true })
    // Two areas of the 2019 list left in 2021 (Rannebergen in Göteborg and Klockaretorpet in Norrköping).
    let rannebergen = try #require(document.areas.first { $0.area == "Rannebergen" })
    #expect(rannebergen.lastListed == "2019" && rannebergen.kommun == "Göteborg")
    let dropped = try areas(["--editions", "2019,2021,2023", "--delisted", "drop"])
    #expect(dropped.areas.filter { !$0.listed }.allSatisfy { $0.persists == false })
  }

  @Test func theJSONHasTheDocumentedShape() throws {
    let outcome = try CLIHarness.spawn(["areas", "--edition", "2019", "--kommun", "Örebro", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    let rows = try #require(object["areas"] as? [[String: Any]])
    #expect(rows.map { $0["area"] as? String } == ["Oxhagen/Varberga", "Vivalla"])
    let vivalla = try #require(rows.last)
    #expect(vivalla["kommun"] as? String == "Örebro")
    #expect(vivalla["class"] as? String == "SUO")
    #expect(vivalla["listed"] as? Bool == true)
    #expect(vivalla["since"] as? String == "2019")
    #expect(vivalla["persists"] is NSNull)
  }

  @Test func theTableAndCSVListTheSameAreas() throws {
    let table = try CLIHarness.spawn(["areas", "--year", "2022", "--kommun", "Göteborg"])
    #expect(table.status == 0)
    #expect(table.out.contains("Rannebergen") && table.out.contains("delisted after 2019, persists at"))
    let csv = try CLIHarness.spawn(["areas", "--year", "2022", "--kommun", "Göteborg", "--format", "csv"])
    let lines = csv.out.split(separator: "\n")
    #expect(lines.first == "area,kommun,class,listed,since,last_listed,persists,formerly")
    let document = try areas(["--year", "2022", "--kommun", "Göteborg"])
    #expect(lines.count == document.areas.count + 1)
  }

  @Test func badOptionsAreUserErrors() throws {
    for arguments in [
      ["--kommun", "Tyreso"], ["--edition", "2020"], ["--edition", "2019", "--year", "2022"],
      ["--editions", "2021,2019"], ["--year", "2030"],
    ] {
      let outcome = try CLIHarness.spawn(["areas"] + arguments)
      #expect(outcome.status == 2, "\(arguments)")
      #expect(outcome.err.hasPrefix("fordela: error: "), "\(arguments): \(outcome.err)")
      #expect(outcome.out.isEmpty)
    }
  }
}
