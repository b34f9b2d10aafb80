import AllocationModel
import Foundation
import TestSupport
import Testing

/// `fordela allocate` end to end: flags, formats, errors.
@Suite struct AllocateCommandTests {
  @Test func jsonMatchesTheLibrary() throws {
    let outcome = CLIHarness.run(["allocate", "--year", "2021", "--format", "json"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    #expect(object["budget_kr"] as? Int == 243_500_000)
    #expect(object["total_kr"] as? Int == 243_500_000)
    #expect(object["editions"] as? [String] == ["2019"])
    #expect(object["population_date"] as? String == "2019-12-31")
    #expect(object["delisted"] as? String == "persist")
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    let library = Fixtures.allocation2021()
    #expect(rows.map { $0["kommun"] as? String } == library.kommuner.map(\.kommun))
    for (row, k) in zip(rows, library.kommuner) {
      // Foundation's JSON reader on Linux may lose the last bit of a double; the text itself is exact.
      let amount = try #require(row["amount_kr"] as? Double)
      #expect(abs(amount - k.amount) <= k.amount * 1e-15, "\(k.kommun)")
      #expect(outcome.out.contains("\"amount_kr\" : \(k.amount)"), "\(k.kommun): shortest exact form")
      #expect(row["amount_kr_rounded"] as? Int64 == k.rounded)
      #expect(row["weight"] as? Double == k.weight)
    }
    let borlänge = try #require(rows.first)
    #expect(borlänge["areas"] as? [String: Int] == ["UO": 0, "RO": 1, "SUO": 0])
  }

  @Test func jsonRoundedToThousandsIsTheOfficialTable() throws {
    let outcome = CLIHarness.run(["allocate", "--year", "2021", "--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    let rows = try #require(object["kommuner"] as? [[String: Any]])
    #expect(rows.count == Fixtures.officialTable2021.count)
    for (row, official) in zip(rows, Fixtures.officialTable2021) {
      #expect(row["kommun"] as? String == official.kommun)
      let amount = try #require(row["amount_kr"] as? Double)
      #expect(Int((amount / 1000).rounded()) == official.thousands, "\(official.kommun)")
    }
  }

  @Test func theTableFitsEightyColumnsAndKeepsSwedishNames() {
    let outcome = CLIHarness.run(["allocate"])
    #expect(outcome.status == 0)
    #expect(outcome.out.contains("Göteborg"))
    #expect(outcome.out.contains("Örebro"))
    #expect(outcome.out.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }

  @Test func csvHasAHeaderAndOneRowPerKommun() {
    let outcome = CLIHarness.run(["allocate", "--format", "csv"])
    let lines = outcome.out.split(separator: "\n")
    #expect(lines.first?.hasPrefix("kommun,") == true)
    #expect(lines.count == 27)
  }

  @Test func overridesChangeTheKey() throws {
    let outcome = CLIHarness.run([
      "allocate", "--editions", "2019,2021", "--population-date", "2019-12-31", "--budget", "1000000",
      "--area-share", "0.5", "--weights", "UO=1,RO=1,SUO=1", "--delisted", "drop", "--format", "json",
    ])
    #expect(outcome.status == 0, "\(outcome.err)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.out.utf8)) as? [String: Any])
    #expect(object["total_kr"] as? Int == 1_000_000)
    #expect(object["delisted"] as? String == "drop")
    #expect(object["area_share"] as? Double == 0.5)
  }

  @Test(arguments: [
    (["allocate", "--bogus"], "Unknown option '--bogus'"),
    (["allocate", "--year", "2019"], "--year: no grant-year preset for 2019"),
    (["allocate", "--format", "xml"], "--format"),
    (["allocate", "--weights", "UO=one"], "expected CLASS=NUMBER"),
    (["allocate", "--budget=-1"], "positive number of kronor"),
    (["allocate", "--area-share", "2"], "area share must be a number from 0 to 1"),
    (["allocate", "--editions", "2019,2020"], "unknown police list edition '2020'"),
    (["allocate", "--year", "2023"], "no SCB population at 2022-12-31 for Botkyrka"),
    (["allocate", "--delisted", "keep"], "--delisted"),
  ])
  func badInputGivesAClearMessageAndStatusTwo(arguments: [String], message: String) {
    let outcome = CLIHarness.run(arguments)
    #expect(outcome.status == 2)
    #expect(outcome.err.contains(message), "\(outcome.err)")
    #expect(outcome.out.isEmpty)
  }

  @Test func theExecutableExitsNonZeroWithoutAStackTrace() throws {
    let outcome = try CLIHarness.spawn(["allocate", "--budget", "0"])
    #expect(outcome.status == 2)
    #expect(outcome.err.hasPrefix("fordela: error:"))
    #expect(!outcome.err.contains("Stack") && !outcome.err.contains("Fatal"))
    let ok = try CLIHarness.spawn(["allocate", "--year", "2021", "--format", "csv"])
    #expect(ok.status == 0)
    #expect(ok.out.contains("Örebro"))
  }
}
