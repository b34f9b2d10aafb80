/// How areas that have left the police list count in the key.
public enum DelistedPolicy: String, CaseIterable, Sendable, Hashable, Codable {
  /// Delisted areas keep counting with their last listed class: the rule of Bilaga 1 ("Uppdatering").
  case persist
  /// Delisted areas stop counting: the alternative reading an analyst may want to compare.
  case drop
}
