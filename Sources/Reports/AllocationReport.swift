import AllocationModel
import Foundation

/// What `fordela allocate` computed: an allocation with the settings and data it was computed from.
///
/// Its ``document`` is the result; the renderers (table, CSV, JSON) are the document's.
public struct AllocationReport: Sendable {
  /// The police lists the basis was built from, oldest first.
  public var editions: [String]
  /// The SCB population date.
  public var populationDate: String
  /// The policy for delisted areas.
  public var delisted: DelistedPolicy
  /// The allocation.
  public var allocation: Allocation
  /// Each eligible kommun's tally of areas.
  public var tallies: [KommunTally]
  /// The status of each kommun's population figure (`official`, `secondary`, `user`, …).
  public var populationStatus: [String: String]
  /// The grant-year preset, if the settings started from one.
  public var year: Int?
  /// The user's population file, if any.
  public var populationFile: String?
  /// The grant year's payment (`ordinary`, `top-up`), if the settings started from a preset.
  public var payment: String?
  /// The basis, to record the delisted areas that persist; none recorded without it.
  public var basis: Basis?
  /// Version, data hash and date of the run.
  public var engine = EngineStamp(version: "unknown", scenarioHash: nil, runDate: nil)

  /// Creates a report.
  public init(
    editions: [String], populationDate: String, delisted: DelistedPolicy, allocation: Allocation,
    tallies: [KommunTally], populationStatus: [String: String]
  ) {
    self.editions = editions
    self.populationDate = populationDate
    self.delisted = delisted
    self.allocation = allocation
    self.tallies = tallies
    self.populationStatus = populationStatus
  }

  /// The result document.
  public var document: AllocationDocument {
    let byKommun = Dictionary(tallies.map { ($0.kommun, $0) }, uniquingKeysWith: { a, _ in a })
    return AllocationDocument(
      baseline: BaselineRecord(
        year: year, editions: editions, populationDate: populationDate, populationFile: populationFile,
        settings: KeySettings(key: allocation.key, delisted: delisted, splits: .literal), payment: payment),
      persistingDelisted: basis.map { DelistedAreaRecord.persisting(in: $0, under: delisted) } ?? [],
      engine: engine,
      kommuner: allocation.kommuner.map { k in
        let tally = byKommun[k.kommun] ?? KommunTally(kommun: k.kommun)
        let status = populationStatus[k.kommun]
        return AllocationDocument.Kommun(
          kommun: k.kommun, areas: ClassValues { tally.count($0) }, delistedAreas: tally.delistedAreas,
          weight: k.weight, population: k.population, populationSource: status == "user" ? .userFile : .scb,
          populationStatus: status, areaPartKr: k.areaPart, populationPartKr: k.populationPart, amountKr: k.amount,
          amountKrRounded: k.rounded)
      },
      totalWeight: allocation.totalWeight, totalPopulation: allocation.totalPopulation,
      totalKr: allocation.totalRounded)
  }

  /// The document's table (``AllocationDocument/table()``).
  public func table() -> String { document.table() }

  /// The document's CSV (``AllocationDocument/csv(dialect:)``).
  public func csv(dialect: CSVDialect = .plain) -> String { document.csv(dialect: dialect) }

  /// The document's JSON (``AllocationDocument/json()``).
  public func json() throws -> String { try document.json() }
}
