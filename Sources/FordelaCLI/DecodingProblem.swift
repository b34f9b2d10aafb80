/// Where and why a JSON document the user gave could not be read as what it should be: a short phrase
/// with the path of the field, e.g. `.state.counts is missing`.
enum DecodingProblem {
  /// The phrase for a decoding error.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case .keyNotFound(let key, let context): return "\(path(context)).\(key.stringValue) is missing"
    case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
      return "\(path(context).isEmpty ? "" : "at \(path(context)): ")\(context.debugDescription)"
    @unknown default: return "\(error)"
    }
  }
}
