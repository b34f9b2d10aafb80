/// How an area that the police split into parts counts in the key.
public enum SplitReading: String, CaseIterable, Sendable, Hashable, Codable {
  /// Every part is an area of its own and adds weight.
  case literal
  /// The parts stay one area for the key, with the highest class among the parts that count.
  case technical
}
