import AllocationModel
import EmbeddedData
import ScenarioFormat
import Testing

/// The loader stamps a scenario with the SHA-256 of the bytes it parsed.
@Suite struct SourceHashTests {
  @Test func theHexDigestMatchesTheFIPSExamples() {
    // FIPS 180-4 examples (NIST, "SHA-256 example values").
    #expect(DataProvenance.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(DataProvenance.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }

  @Test func theLoaderHashesTheBytesItParsed() throws {
    let text = "name: hashed\nbaseline: {year: 2021}\n"
    let scenario = try ScenarioLoader.load(file: "hashed.yaml", bytes: Array(text.utf8))
    #expect(scenario.sourceSHA256 == DataProvenance.hex(Array(text.utf8)))
    let other = try ScenarioLoader.load(file: "hashed.yaml", bytes: Array((text + "# a comment\n").utf8))
    #expect(other.sourceSHA256 != scenario.sourceSHA256)
  }
}
