extension PopulationFile {
  /// What a population file gave: the figures, and notes on how it was read (for standard error).
  public struct Contents: Sendable, Hashable {
    /// Each kommun's population.
    public var figures: [String: Int]
    /// Things the user should know, e.g. that the file was read as Windows-1252.
    public var notes: [String]
  }

  /// Reads a population file's bytes for any command: a scenario's `population_file` and
  /// `--population-file` alike.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the file's path, for messages.
  /// - Returns: the figures and notes on how the file was read (they travel with the result, and the
  ///   command line prints them on standard error).
  /// - Throws: ``PopulationFileError``, every problem at its file:line:column; near-miss kommun names get a
  ///   "did you mean".
  public static func read(_ bytes: [UInt8], file: String) throws(PopulationFileError) -> Contents {
    try load(bytes, file: file).get()
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
