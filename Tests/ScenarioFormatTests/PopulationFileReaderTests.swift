import Foundation
import ScenarioFormat
import Testing

/// The population file reader on files as Excel writes them, and on bad ones: what it accepts, and the
/// file:line:column and wording of what it refuses.
@Suite struct PopulationFileReaderTests {
  /// What reading a file gave.
  enum Outcome: Equatable {
    case figures([String: Int])
    case errors([String])
  }

  /// The figures of a file, or its error's diagnostics as text.
  static func read(_ bytes: [UInt8]) -> Outcome {
    do {
      return .figures(try PopulationFile.read(bytes, file: "p.csv").figures)
    } catch {
      return .errors(error.diagnostics.map(\.description))
    }
  }

  static func read(_ text: String) -> Outcome { read(Array(text.utf8)) }

  @Test(arguments: [
    ("kommun,population\nBotkyrka,95318\n", 95_318),
    ("kommun,population\r\nBotkyrka,95318\r\n", 95_318),
    ("\u{FEFF}kommun;population\r\nBotkyrka;95 318\r\n", 95_318),
    ("kommun;folkmängd\nBotkyrka;95\u{00A0}318,00\n", 95_318),
    ("kommun;folkmängd\nBotkyrka;1\u{202F}095\u{202F}318\n", 1_095_318),
    ("Kommun\tFolkmängd\nBotkyrka\t95318\n", 95_318),
    ("kommun,population\n\"Botkyrka\",\"95 318,0\"\n", 95_318),
    ("kommun;population;;\nBotkyrka;95318;;\n;;;\n", 95_318),
    ("population,kommun\n95318,Botkyrka\n", 95_318),
    ("kod;folkmängd\n127;95318\n", 95_318),
    ("code,kommun,population\n0127,Botkyrka,95318\n", 95_318),
    ("# from SCB\nkommun,population\n\nBotkyrka,95318\n", 95_318),
  ])
  func excelsWaysOfWritingAFileAreRead(text: String, botkyrka: Int) {
    #expect(Self.read(text) == .figures(["Botkyrka": botkyrka]), "\(text.debugDescription)")
  }

  @Test func windows1252IsReadWhenEveryNameIsAKommunAndSaysSo() throws {
    let text = "kommun;folkmängd\r\nSödertälje;101 209\r\nÅre;11 900\r\nHärnösand;24 600\r\n"
    let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    let contents = try PopulationFile.read(bytes, file: "p.csv")
    #expect(contents.figures == ["Södertälje": 101_209, "Åre": 11_900, "Härnösand": 24_600])
    #expect(contents.notes == ["p.csv is not UTF-8; read it as Windows-1252 (Excel's 'CSV (semikolonavgränsad)')"])
  }

  @Test func excelsUnicodeTextIsRead() {
    let text = "kommun\tfolkmängd\r\nSödertälje\t101 209\r\n"
    let little: [UInt8] =
      [0xFF, 0xFE] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { unit -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
    #expect(Self.read(little) == .figures(["Södertälje": 101_209]))
    #expect(Self.read(big) == .figures(["Södertälje": 101_209]))
    #expect(
      Self.read(Array(little.dropLast()))
        == .errors(["p.csv:1:1: error: the population file is UTF-16 but has an odd number of bytes; it is cut short"]))
  }

  @Test func utf8IsReadWithoutANote() throws {
    let contents = try PopulationFile.read(Array("kommun,population\nÅre,11900\n".utf8), file: "p.csv")
    #expect(contents.figures == ["Åre": 11_900])
    #expect(contents.notes.isEmpty)
  }

  @Test func windows1252WithANameThatIsNoKommunIsRefusedAtTheFirstNonUTF8Byte() {
    let text = "kommun;folkmängd\r\nSödertälje;101 209\r\nÅreskutan;11 900\r\n"
    let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    #expect(
      Self.read(bytes)
        == .errors([
          "p.csv:1:13: error: the population file is not valid UTF-8 (byte 0xE4), and read as Windows-1252 one of "
            + "its names is no kommun\n  hint: save it from Excel as 'CSV UTF-8 (kommaavgränsad)', or correct the names",
          "p.csv:3:1: error: the population file names an unknown kommun 'Åreskutan'\n"
            + "  hint: write the kommun's name as SCB does, e.g. 'Upplands-Bro' or 'Malmö'",
        ]))
  }

  @Test(arguments: [
    (
      "kommun,population\nBotkyrka,94 00\n",
      "p.csv:2:10: error: the population of Botkyrka must be a positive whole number, got '94 00'\n"
        + "  hint: a thousands separator must be followed by three digits, e.g. 94 000"
    ),
    (
      "kommun;population\nBotkyrka;94000,5\n",
      "p.csv:2:10: error: the population of Botkyrka must be a positive whole number, got '94000,5'\n"
        + "  hint: a population is a whole number of people"
    ),
    (
      "kommun,population\nBotkyrka,94.000\n",
      "p.csv:2:10: error: the population of Botkyrka must be a positive whole number, got '94.000'\n"
        + "  hint: write numbers the Swedish way: spaces between thousands and a decimal comma, e.g. 94 000"
    ),
    (
      "kommun,population\nBotkyrka,−5\n",
      "p.csv:2:10: error: the population of Botkyrka must be a positive whole number, got '−5'\n"
        + "  hint: a population cannot be negative"
    ),
    (
      "kommun,population\nBotkyrka,0\n",
      "p.csv:2:10: error: the population of Botkyrka must be a positive whole number, got '0'\n"
        + "  hint: a population is between 1 and 99 999 999"
    ),
    (
      "kod,kommun,population\n0180,Botkyrka,95318\n",
      "p.csv:2:1: error: the kommun code 0180 is Stockholm, not Botkyrka\n"
        + "  hint: correct the code or the name; Botkyrka has the code 0127"
    ),
    (
      "kod,population\n9999,95318\n",
      "p.csv:2:1: error: the population file has an unknown kommun code '9999'\n"
        + "  hint: a kommun code is SCB's four digits, e.g. 0127 for Botkyrka"
    ),
    (
      "kommun,population\nTyreso,47000\n",
      "p.csv:2:1: error: the population file names an unknown kommun 'Tyreso'\n  hint: did you mean 'Tyresö'?"
    ),
    (
      "kommun,population\nStockholms stad,978770\n",
      "p.csv:2:1: error: the population file names an unknown kommun 'Stockholms stad'\n"
        + "  hint: write 'Stockholm', the kommun's name as SCB writes it"
    ),
    (
      "kommun,population\n",
      "p.csv:1:1: error: the population file has a header but no rows\n"
        + "  hint: add a row for each kommun under the header, its columns separated by ','"
    ),
    (
      "kommun;invånare\r\nBotkyrka;95318\r\n",
      "p.csv:1:8: error: the population file's header has an unknown column 'invånare'\n"
        + "  hint: the columns are kommun, kod (optional) and population (or folkmängd)"
    ),
    (
      "kommun;population\nBotkyrka,95318\n",
      "p.csv:2:1: error: expected 2 columns (kommun, population) as in the header, got 1\n"
        + "  hint: the header separates its columns with ';'; this line seems to use ','"
    ),
    (
      "kommun,population\r\nBotkyrka,95318,00\r\n",
      "p.csv:2:16: error: expected 2 columns (kommun, population) as in the header, got 3\n"
        + "  hint: the header separates its columns with ','; quote a cell that contains it, e.g. \"95 318,00\""
    ),
    (
      "kommun,population\nBotkyrka,\"95318\n",
      "p.csv:2:10: error: a quote opened here is not closed on this line"
    ),
    (
      "kommun,population\nBotkyrka,1\nBotkyrka,2\n",
      "p.csv:3:1: error: Botkyrka appears twice in the population file (first on line 2)"
    ),
    (
      "",
      "p.csv:1:1: error: the population file is empty; it needs a header such as 'kommun,population' and a row a kommun"
    ),
  ])
  func aBadFileIsRefusedAtItsLineAndColumn(text: String, message: String) {
    #expect(Self.read(text) == .errors([message]), "\(text.debugDescription)")
  }

  @Test func everyKommunOfTheEmbeddedDataIsAcceptedByName() {
    let names = BaselineResolver.embeddedKommuner.sorted()
    let text = "kommun;folkmängd\n" + names.map { "\($0);1 000\n" }.joined()
    #expect(Self.read(text) == .figures(Dictionary(uniqueKeysWithValues: names.map { ($0, 1000) })))
  }

  @Test func anErrorCallsItThePopulationFile() {
    let error = PopulationFileError(
      file: "p.csv", diagnostics: [.init(location: .init(file: "p.csv", line: 2, column: 1), message: "m")])
    #expect(error.description == "the population file p.csv cannot be used (1 error):\np.csv:2:1: error: m")
  }
}
