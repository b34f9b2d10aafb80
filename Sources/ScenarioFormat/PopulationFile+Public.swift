extension PopulationFile {
  /// What a population file gave: the figures, and notes on how it was read (for standard error).
  struct Contents: Sendable, Hashable {
    /// Each kommun's population.
    var figures: [String: Int]
    /// Things the user should know, e.g. that the file was read as Windows-1252.
    var notes: [String]
  }

  /// Where ``read(_:file:)`` sends its notes; the command line binds it to standard error.
  ///
  /// A task-local value, so that a scenario's loader, which reads the file the scenario names, needs no
  /// parameter for it; when it is unbound (in tests, in library use) notes are dropped.
  @TaskLocal public static var noteHandler: (@Sendable (String) -> Void)?

  /// Reads a population file's bytes for any command: a scenario's `population_file` and
  /// `--population-file` alike.
  ///
  /// Notes on how the file was read go to ``noteHandler``. Errors name the file, line and column; near-miss
  /// kommun names get a "did you mean".
  public static func read(_ bytes: [UInt8], file: String) throws(PopulationFileError) -> [String: Int] {
    let contents = try load(bytes, file: file).get()
    if let noteHandler { contents.notes.forEach(noteHandler) }
    return contents.figures
  }

  /// Decodes and parses a population file.
  ///
  /// Bytes that are not UTF-8 are read as Windows-1252, which Swedish Excel's "CSV (semikolonavgränsad)"
  /// writes, only when every name then is a kommun; otherwise the error says where the file stops being
  /// UTF-8 and which names did not match.
  static func load(_ bytes: [UInt8], file: String) -> Result<Contents, PopulationFileError> {
    let decoded: DecodedText
    switch decode(bytes, file: file) {
    case .success(let text): decoded = text
    case .failure(let error): return .failure(error)
    }
    let parsed = parse(decoded.text, file: file)
    var notes: [String] = []
    if let (line, column, byte) = decoded.firstNonUTF8 {
      guard parsed.unknownNames.isEmpty else {
        let hex = "0x" + String(byte, radix: 16, uppercase: true)
        let count = parsed.unknownNames.count
        let encoding = Diagnostic(
          location: .init(file: file, line: line, column: column),
          message: "the population file is not valid UTF-8 (byte \(hex)), and read as Windows-1252 "
            + (count == 1 ? "one of its names is" : "\(count) of its names are") + " no kommun",
          hint: "save it from Excel as 'CSV UTF-8 (kommaavgränsad)', or correct the names")
        return .failure(PopulationFileError(file: file, diagnostics: [encoding] + parsed.unknownNames))
      }
      notes.append("\(file) is not UTF-8; read it as Windows-1252 (Excel's 'CSV (semikolonavgränsad)')")
    }
    guard parsed.diagnostics.isEmpty else {
      return .failure(PopulationFileError(file: file, diagnostics: parsed.diagnostics))
    }
    return .success(Contents(figures: parsed.figures, notes: notes))
  }
}
