extension Console {
  /// Writes each note (e.g. how a population file was read) to standard error, one line each.
  func notes(_ notes: [String]) {
    for note in notes { err("fordela: note: \(note)\n") }
  }
}
