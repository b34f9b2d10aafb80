/// Kommun populations by date: the embedded SCB figures, optionally overlaid with the user's own.
///
/// The embedded data has gaps (see `Resources/SOURCES.md`). A missing (kommun, date) is reported,
/// never filled from another date.
public struct PopulationTable: Sendable, Hashable {
  /// Every record, in file order.
  public private(set) var records: [PopulationRecord]
  private var index: [Key: Int]

  private struct Key: Hashable, Sendable {
    var kommun: String
    var date: String
  }

  /// Creates a table from records; a later record for the same (kommun, date) replaces an earlier one.
  public init(records: [PopulationRecord]) {
    self.records = []
    self.index = [:]
    for record in records { insert(record) }
  }

  /// The embedded SCB populations.
  public static let embedded = PopulationTable(
    records: TSV.records(
      String(decoding: PackageResources.population_scb_tsv, as: UTF8.self), file: "population_scb.tsv"
    ).map { line, f in
      guard let kommun = f["kommun"], let date = f["date"], let population = f["population"].flatMap({ Int($0) })
      else { preconditionFailure("population_scb.tsv:\(line): a row needs kommun, date and population") }
      return PopulationRecord(
        kommun: kommun, date: date, population: population, status: f["status"] ?? "", source: f["source"] ?? "")
    })

  /// The raw bytes of the embedded population file, for provenance hashes.
  public static var rawFile: (name: String, bytes: [UInt8]) {
    ("population_scb.tsv", PackageResources.population_scb_tsv)
  }

  /// Adds a record, replacing any earlier one for the same kommun and date.
  public mutating func insert(_ record: PopulationRecord) {
    let key = Key(kommun: record.kommun, date: record.date)
    if let i = index[key] {
      records[i] = record
    } else {
      index[key] = records.count
      records.append(record)
    }
  }

  /// The record for a kommun at a date, if there is one.
  public func record(kommun: String, date: String) -> PopulationRecord? {
    index[Key(kommun: kommun, date: date)].map { records[$0] }
  }

  /// The population of a kommun at a date, if there is one.
  public func population(kommun: String, date: String) -> Double? {
    record(kommun: kommun, date: date).map { Double($0.population) }
  }

  /// The dates for which at least one figure exists, sorted.
  public var dates: [String] { Array(Set(records.map(\.date))).sorted() }

  /// The kommuner that have a figure at any date.
  public var kommuner: Set<String> { Set(records.map(\.kommun)) }
}
