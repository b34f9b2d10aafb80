import Foundation
import Testing

/// Population files written the way Excel writes them, through the built `fordela`: each gives the same
/// allocation as the clean comma-separated file.
///
/// The figures are illustrative populations at 2022-12-31 for the three grant kommuner that the embedded data
/// lacks at that date (Botkyrka, Järfälla, Sundbyberg; see SOURCES.md), with their SCB codes.
@Suite struct PopulationFileExcelTests {
  /// The rows of every variant: name, SCB code, population at 2022-12-31.
  static let rows: [(name: String, code: String, population: Int)] = [
    ("Botkyrka", "0127", 95_318), ("Järfälla", "0123", 84_170), ("Sundbyberg", "0183", 54_164),
  ]

  /// The clean file: UTF-8, commas, LF, plain digits.
  static let clean = "kommun,population\n" + rows.map { "\($0.name),\($0.population)\n" }.joined()

  /// Swedish grouping of a number with a separator between thousands: `95 318`.
  static func grouped(_ n: Int, _ separator: String) -> String {
    n >= 1000 ? "\(n / 1000)\(separator)" + String(String(n % 1000 + 1000).dropFirst()) : "\(n)"
  }

  /// Text as Windows-1252 bytes (every character here is in Latin-1).
  static func windows1252(_ text: String) -> [UInt8] {
    text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
  }

  static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

  /// Each variant: a name and the file's bytes.
  static let variants: [(name: String, bytes: [UInt8])] = {
    func lines(_ header: String, _ separator: String, _ ending: String, _ cell: (Int) -> String) -> String {
      ([header] + rows.map { "\($0.name)\(separator)\(cell($0.population))" }).map { $0 + ending }.joined()
    }
    let semicolons = lines("kommun;population", ";", "\r\n") { grouped($0, " ") }
    return [
      ("crlf", Array(clean.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
      ("utf8-bom", bom + Array(clean.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
      ("semicolon-decimal-comma", Array(lines("kommun;population", ";", "\r\n") { "\($0),00" }.utf8)),
      ("semicolon-space-thousands", Array(semicolons.utf8)),
      ("no-break-space", Array(lines("kommun;population", ";", "\r\n") { grouped($0, "\u{00A0}") }.utf8)),
      (
        "narrow-no-break-space-quoted",
        Array(lines("kommun,population", ",", "\n") { "\"\(grouped($0, "\u{202F}"))\"" }.utf8)
      ),
      ("tab", Array(lines("kommun\tpopulation", "\t", "\r\n") { "\($0)" }.utf8)),
      ("folkmangd", bom + Array(lines("kommun;folkmängd", ";", "\r\n") { grouped($0, "\u{00A0}") }.utf8)),
      (
        "unicode-text-utf16",
        [0xFF, 0xFE]
          + lines("kommun\tfolkmängd", "\t", "\r\n") { grouped($0, " ") }.utf16
          .flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
      ),
      ("windows-1252", windows1252(lines("kommun;folkmängd", ";", "\r\n") { grouped($0, " ") })),
      (
        "kod-and-name",
        Array(
          (["kod;kommun;folkmängd"] + rows.map { "\($0.code);\($0.name);\(grouped($0.population, " "))" })
            .map { $0 + "\r\n" }.joined().utf8)
      ),
      (
        "kod-only-leading-zero-dropped",
        Array(
          (["kod,population"] + rows.map { "\(Int($0.code) ?? 0),\($0.population)" }).map { $0 + "\n" }.joined().utf8)
      ),
    ]
  }()

  /// A fresh folder for a test's files.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("fordela-excel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Output without the lines that differ between any two runs: the run's date and the scenario file's hash.
  static func stable(_ text: String) -> String {
    text.split(separator: "\n").filter { !$0.contains("\"run_date\"") && !$0.contains("\"scenario_hash\"") }
      .joined(separator: "\n")
  }

  /// `fordela allocate --year 2023 --population-file` on a file, with the file's path replaced by `FILE` and
  /// the run's date left out.
  static func allocate(_ bytes: [UInt8], named name: String, in folder: URL, format: String = "json") throws
    -> (status: Int32, out: String, err: String)
  {
    let url = folder.appendingPathComponent("\(name).csv")
    try Data(bytes).write(to: url)
    let outcome = try CLIHarness.spawn(
      ["allocate", "--year", "2023", "--population-file", url.path, "--format", format])
    return (
      outcome.status, stable(outcome.out.replacingOccurrences(of: url.path, with: "FILE")),
      outcome.err.replacingOccurrences(of: url.path, with: "FILE")
    )
  }

  @Test(arguments: variants.map(\.name))
  func anExcelFileGivesTheCleanFilesAllocation(variant: String) throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bytes = try #require(Self.variants.first { $0.name == variant }?.bytes)
    let clean = try Self.allocate(Array(Self.clean.utf8), named: "clean", in: dir)
    #expect(clean.status == 0, "\(clean.err)")
    #expect(clean.out.contains("\"population_source\" : \"user_file\"") || clean.out.contains("user"))
    let excel = try Self.allocate(bytes, named: variant, in: dir)
    #expect(excel.status == 0, "\(variant): \(excel.err)")
    #expect(excel.out == clean.out, "\(variant)")
    if variant == "windows-1252" {
      #expect(
        excel.err
          == "fordela: note: FILE is not UTF-8; read it as Windows-1252 (Excel's 'CSV (semikolonavgränsad)')\n")
    } else {
      #expect(excel.err.isEmpty, "\(variant): \(excel.err)")
    }
  }

  @Test func theCleanFileIsNeededForTheYear() throws {
    // Without the file the three kommuner have no figure at 2022-12-31: the comparison above is not vacuous.
    let outcome = try CLIHarness.spawn(["allocate", "--year", "2023", "--format", "json"])
    #expect(outcome.status == 2)
    #expect(outcome.err.contains("Botkyrka, Järfälla, Sundbyberg"), "\(outcome.err)")
  }

  @Test func historyAndAScenarioReadTheSameWindows1252File() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = "kommun;folkmängd\r\n" + Self.rows.map { "\($0.name);\(Self.grouped($0.population, " "))\r\n" }.joined()
    try Data(Self.windows1252(text)).write(to: dir.appendingPathComponent("excel.csv"))
    try Data(Self.clean.utf8).write(to: dir.appendingPathComponent("clean.csv"))

    let excelHistory = try CLIHarness.spawn(["history", "--population-file", "excel.csv"], in: dir)
    let cleanHistory = try CLIHarness.spawn(["history", "--population-file", "clean.csv"], in: dir)
    #expect(excelHistory.status == 0, "\(excelHistory.err)")
    #expect(
      Self.stable(excelHistory.out.replacingOccurrences(of: "excel.csv", with: "clean.csv"))
        == Self.stable(cleanHistory.out))
    #expect(excelHistory.err.contains("fordela: note: excel.csv is not UTF-8; read it as Windows-1252"))

    for name in ["excel", "clean"] {
      try "name: Excel\nbaseline:\n  year: 2023\n  population_file: \(name).csv\n"
        .write(to: dir.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
    }
    let excelRun = try CLIHarness.spawn(["run", "excel.yaml", "--format", "json"], in: dir)
    let cleanRun = try CLIHarness.spawn(["run", "clean.yaml", "--format", "json"], in: dir)
    #expect(excelRun.status == 0, "\(excelRun.err)")
    #expect(excelRun.err.contains("fordela: note: excel.csv is not UTF-8; read it as Windows-1252"), "\(excelRun.err)")
    #expect(
      Self.stable(excelRun.out.replacingOccurrences(of: "excel.csv", with: "clean.csv")) == Self.stable(cleanRun.out))
  }

  @Test func aBadFileIsCalledThePopulationFile() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = try Self.allocate(Array("kommun;population\r\nBotkyrka;-5\r\n".utf8), named: "bad", in: dir)
    #expect(bad.status == 2)
    #expect(bad.out.isEmpty)
    #expect(
      bad.err
        == "fordela: error: the population file FILE cannot be used (1 error):\n"
        + "FILE:2:10: error: the population of Botkyrka must be a positive whole number, got '-5'\n"
        + "  hint: a population cannot be negative\n")
  }

  @Test func aCRLFFileWithABadHeaderShowsOnlyTheHeader() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let bad = try Self.allocate(Array("namn,invånare\r\nBotkyrka,95318\r\n".utf8), named: "header", in: dir)
    #expect(bad.status == 2)
    #expect(bad.err.contains("FILE:1:1: error: the population file starts with a header"), "\(bad.err)")
    #expect(bad.err.contains("got 'namn,invånare'"), "\(bad.err)")
    #expect(!bad.err.contains("Botkyrka"), "\(bad.err)")
  }
}
