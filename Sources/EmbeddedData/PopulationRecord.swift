/// One kommun's population at one year-end, with where the figure comes from.
public struct PopulationRecord: Sendable, Hashable, Codable {
  /// The kommun's name.
  public var kommun: String
  /// The date, `YYYY-MM-DD` (a year-end).
  public var date: String
  /// SCB *folkmängd*.
  public var population: Int
  /// How the figure was found: `official`, `official-kommun`, `secondary`, `derived`, `unverified`;
  /// `user` for a figure supplied by the user.
  public var status: String
  /// Where the figure comes from: a URL, or the user's file.
  public var source: String

  /// Creates a population record.
  public init(kommun: String, date: String, population: Int, status: String, source: String) {
    self.kommun = kommun
    self.date = date
    self.population = population
    self.status = status
    self.source = source
  }
}
