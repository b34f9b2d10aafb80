/// The resolved baseline of a run: the grant-year preset, the police lists, the population date and file,
/// and the key (official in a scenario's baseline: `persist`, `literal`).
///
/// JSON: `{"year", "payment", "editions", "population_date", "population_file", "budget_kr", "rounding_kr",
/// "area_share", "weights", "delisted", "splits"}`, the key's fields (``KeySettings``) beside the others; `year`,
/// `payment` and `population_file` are absent when the baseline had none.
public struct BaselineRecord: Codable, Sendable, Hashable {
  /// The grant-year preset, if the baseline used one.
  public var year: Int?
  /// The police lists, oldest first.
  public var editions: [String]
  /// The SCB population date.
  public var populationDate: String
  /// The user's population file, as named, if any.
  public var populationFile: String?
  /// The key, its delisted policy and split reading.
  public var settings: KeySettings
  /// The grant year's payment (`ordinary`, `top-up`), if the baseline used a preset.
  public var payment: String?

  /// Creates a baseline record.
  public init(
    year: Int?, editions: [String], populationDate: String, populationFile: String?, settings: KeySettings,
    payment: String? = nil
  ) {
    self.year = year
    self.editions = editions
    self.populationDate = populationDate
    self.populationFile = populationFile
    self.settings = settings
    self.payment = payment
  }

  enum CodingKeys: String, CodingKey {
    case year, payment, editions, populationDate = "population_date", populationFile = "population_file"
  }

  /// Reads the record, the key's fields beside the others.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    year = try c.decodeIfPresent(Int.self, forKey: .year)
    editions = try c.decode([String].self, forKey: .editions)
    populationDate = try c.decode(String.self, forKey: .populationDate)
    populationFile = try c.decodeIfPresent(String.self, forKey: .populationFile)
    payment = try c.decodeIfPresent(String.self, forKey: .payment)
    settings = try KeySettings(from: decoder)
  }

  /// Writes the record, the key's fields beside the others.
  public func encode(to encoder: any Encoder) throws {
    try settings.encode(to: encoder)
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(year, forKey: .year)
    try c.encodeIfPresent(payment, forKey: .payment)
    try c.encode(editions, forKey: .editions)
    try c.encode(populationDate, forKey: .populationDate)
    try c.encodeIfPresent(populationFile, forKey: .populationFile)
  }
}
