import EmbeddedData
import Foundation
import Testing

/// `fordela report saved.json` gives the report `fordela run --report` gives, for both kinds of scenario run.
@Suite struct ReportCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func scenario(_ name: String) -> String { root.appendingPathComponent("scenarios/\(name)").path }

  /// The HTML without the run's timestamp, the only part that differs between two runs.
  static func withoutRunDate(_ html: String) -> String {
    html.replacing(/<dt>Run<\/dt><dd>[^<]*<\/dd>/, with: "")
  }

  static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// Runs `run` with `--report` and, separately, saves JSON and reports it; returns both pages and the
  /// page of the JSON saved by the `--report` run itself.
  static func pages(_ arguments: [String], in folder: URL) throws -> (run: String, again: String, same: String) {
    let direct = folder.appendingPathComponent("direct.html").path
    let saved = folder.appendingPathComponent("saved.json").path
    let savedAlong = folder.appendingPathComponent("along.json").path
    let fromSaved = folder.appendingPathComponent("from-saved.html").path
    let fromAlong = folder.appendingPathComponent("from-along.html").path
    let run = CLIHarness.run(arguments + ["--report", direct, "--format", "json", "--output", savedAlong])
    #expect(run.status == 0, "\(run.err)")
    let save = CLIHarness.run(arguments + ["--format", "json", "--output", saved])
    #expect(save.status == 0, "\(save.err)")
    for (json, html) in [(saved, fromSaved), (savedAlong, fromAlong)] {
      let report = CLIHarness.run(["report", json, "-o", html])
      #expect(report.status == 0, "\(report.err)")
    }
    return (try read(direct), try read(fromSaved), try read(fromAlong))
  }

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func aDeterministicReportIsTheSameFromTheSavedResult() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = Self.scenario("actual-2019-to-2021.yaml")
    let pages = try Self.pages(["run", file], in: folder)
    #expect(pages.same == pages.run, "byte for byte, from the JSON of the same run")
    #expect(Self.withoutRunDate(pages.again) == Self.withoutRunDate(pages.run), "apart from the run's timestamp")
    #expect(pages.run.contains("<dt>Run</dt>"))
    // The facts a saved result used to lose.
    let sha = DataProvenance.hex(try [UInt8](Data(contentsOf: URL(fileURLWithPath: file))))
    #expect(pages.again.contains("<code>\(sha)</code>"))
    #expect(pages.again.contains("<code>\(DataProvenance.hash)</code>"))
    #expect(pages.again.contains("<li>Rannebergen (Göteborg, UO, last listed"))
    #expect(pages.again.contains("<li>Klockaretorpet (Norrköping, UO, last listed"))
    #expect(!pages.again.contains("not recorded"))
  }

  @Test func aMonteCarloReportIsTheSameFromTheSavedResult() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = Self.scenario("transition-matrix.yaml")
    let pages = try Self.pages(["run", file, "--draws", "2000", "--threads", "2", "--quiet"], in: folder)
    #expect(pages.same == pages.run, "byte for byte, from the JSON of the same run")
    #expect(Self.withoutRunDate(pages.again) == Self.withoutRunDate(pages.run), "apart from the run's timestamp")
    #expect(pages.run.contains("<h3>The uncertainty model</h3>"))
    #expect(pages.run.contains("transition matrix"))
    #expect(pages.run.contains("Nacka (weight 1)"))
  }

  @Test func aMonteCarloReportStatesTheChangesItApplies() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("mc.yaml")
    try """
    name: Rannebergen av listan, med osäkerhet
    baseline: {year: 2021}
    changes:
      - delist: {area: Rannebergen}
    uncertainty:
      draws: 500
      seed: 3
      population_growth: {mean: 0.01, sd: 0.02, overrides: {Uppsala: {mean: 0.03, sd: 0.01}}}

    """.write(to: file, atomically: true, encoding: .utf8)
    let html = folder.appendingPathComponent("r.html").path
    let outcome = CLIHarness.run(["run", file.path, "--report", html, "--quiet"])
    #expect(outcome.status == 0, "\(outcome.err)")
    let page = try Self.read(html)
    #expect(page.contains("<h3>Changes applied</h3><ul><li>delist Rannebergen</li></ul>"))
    #expect(!page.contains("<h3>Changes applied</h3><p>None"))
    #expect(page.contains("<li>Rannebergen (Göteborg, UO, last listed"))
    #expect(page.contains("overrides: Uppsala (mean 3,00"))
  }

  @Test func anAllocationResultHasNoReport() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("a.json")
    let allocate = CLIHarness.run(["allocate", "--year", "2021", "--format", "json"])
    try allocate.out.write(to: json, atomically: true, encoding: .utf8)
    let html = folder.appendingPathComponent("a.html").path
    let outcome = CLIHarness.run(["report", json.path, "-o", html])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("'fordela allocate' has no HTML report"))
    #expect(!FileManager.default.fileExists(atPath: html))
  }

  @Test func aTruncatedResultSaysWhatIsMissingAndWritesNothing() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let json = folder.appendingPathComponent("t.json")
    try "{\"kind\": \"scenario\", \"scenario\": \"x\"}".write(to: json, atomically: true, encoding: .utf8)
    let html = folder.appendingPathComponent("t.html").path
    let outcome = CLIHarness.run(["report", json.path, "-o", html])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("not a complete fordela result"), "\(outcome.err)")
    #expect(outcome.err.contains("is missing"), "\(outcome.err)")
    #expect(!FileManager.default.fileExists(atPath: html))
  }
}
