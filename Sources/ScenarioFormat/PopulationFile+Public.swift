extension PopulationFile {
  /// Reads a population file's bytes (UTF-8 CSV, header `kommun,population`) for any command.
  ///
  /// Errors name the file, line and column; near-miss kommun names get a "did you mean".
  public static func read(_ bytes: [UInt8], file: String) throws(ScenarioError) -> [String: Int] {
    let parsed = SourceText.decode(bytes, file: file, what: "population file").flatMap { text in
      parse(text, file: file, knownKommuner: BaselineResolver.embeddedKommuner)
    }
    return try parsed.get()
  }
}
