extension UncertaintyRecord {
  /// The sentence that says each draw is a path of several list updates and what carries over.
  static func pathSentence(updates: Int) -> String {
    "Each draw is a path of \(updates) list updates: every update applies the changes above to the list the "
      + "previous update left (areas that arrived earlier change class too, populations compound); an area that "
      + "leaves the list never returns, and counts at its last class under persist or not at all under drop."
  }
}
