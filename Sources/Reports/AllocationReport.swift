import AllocationModel
import Foundation

/// The result of `fordela allocate`: an allocation with the settings and data it was computed from.
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

  private func tally(_ kommun: String) -> KommunTally {
    tallies.first { $0.kommun == kommun } ?? KommunTally(kommun: kommun)
  }

  /// A table for an 80-column terminal: areas by class, weight, population and amounts.
  public func table() -> String {
    var t = TextTable(
      headers: ["Kommun", "UO", "RO", "SUO", "Vikt", "Folkmängd", "Belopp kr", "Tkr"],
      alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
    for k in allocation.kommuner {
      let tally = tally(k.kommun)
      let mark = tally.delistedAreas > 0 ? "*" : ""
      t.append([
        k.kommun + mark, "\(tally.count(.uo))", "\(tally.count(.ro))", "\(tally.count(.suo))",
        Kronor.plain(k.weight), Kronor.grouped(Int64(k.population.rounded())), Kronor.grouped(k.rounded),
        Kronor.grouped(Int64((k.amount / 1000).rounded())),
      ])
    }
    t.appendRule()
    t.append([
      "Summa", "\(tallies.reduce(0) { $0 + $1.count(.uo) })", "\(tallies.reduce(0) { $0 + $1.count(.ro) })",
      "\(tallies.reduce(0) { $0 + $1.count(.suo) })", Kronor.plain(allocation.totalWeight),
      Kronor.grouped(Int64(allocation.totalPopulation.rounded())), Kronor.grouped(allocation.totalRounded), "",
    ])
    let key = allocation.key
    var out = "Budget \(Kronor.grouped(key.budget)) kr · lists \(editions.joined(separator: "→")) · "
    out += "SCB \(populationDate) · delisted: \(delisted.rawValue)\n"
    out += "Key: \(Kronor.plain(key.areaShare * 100)) % by area (UO \(Kronor.plain(key.weights.uo)), "
    out += "RO \(Kronor.plain(key.weights.ro)), SUO \(Kronor.plain(key.weights.suo))), the rest by population\n\n"
    out += t.render()
    if tallies.contains(where: { $0.delistedAreas > 0 }) {
      out += "* has delisted areas that \(delisted == .persist ? "persist in" : "were dropped from") the basis\n"
    }
    return out
  }

  /// CSV with a header row; amounts unrounded and rounded.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble
    out += dialect.line([
      "kommun", "uo", "ro", "suo", "delisted_areas", "weight", "population", "population_status",
      "area_part_kr", "population_part_kr", "amount_kr", "amount_kr_rounded",
    ])
    for k in allocation.kommuner {
      let tally = tally(k.kommun)
      out += dialect.line([
        k.kommun, "\(tally.count(.uo))", "\(tally.count(.ro))", "\(tally.count(.suo))", "\(tally.delistedAreas)",
        dialect.number(k.weight), dialect.number(k.population), populationStatus[k.kommun] ?? "",
        dialect.number(k.areaPart), dialect.number(k.populationPart), dialect.number(k.amount),
        dialect.number(k.rounded),
      ])
    }
    return out
  }

  /// JSON in the documented shape (`budget_kr`, `editions`, …, `kommuner`, `total_kr`).
  public func json() throws -> String {
    let document = Document(
      budgetKr: allocation.key.budget, editions: editions, populationDate: populationDate,
      delisted: delisted.rawValue, areaShare: allocation.key.areaShare,
      weights: .init(UO: allocation.key.weights.uo, RO: allocation.key.weights.ro, SUO: allocation.key.weights.suo),
      kommuner: allocation.kommuner.map { k in
        let tally = tally(k.kommun)
        return .init(
          kommun: k.kommun,
          areas: .init(UO: tally.count(.uo), RO: tally.count(.ro), SUO: tally.count(.suo)),
          delistedAreas: tally.delistedAreas, weight: k.weight, population: k.population,
          populationStatus: populationStatus[k.kommun], areaPartKr: k.areaPart,
          populationPartKr: k.populationPart, amountKr: k.amount, amountKrRounded: k.rounded)
      },
      totalWeight: allocation.totalWeight, totalPopulation: allocation.totalPopulation,
      totalKr: allocation.totalRounded)
    return try JSONText.encode(document)
  }

  private struct Document: Encodable {
    var budgetKr: Int64
    var editions: [String]
    var populationDate: String
    var delisted: String
    var areaShare: Double
    var weights: ClassTriple<Double>
    var kommuner: [Kommun]
    var totalWeight: Double
    var totalPopulation: Double
    var totalKr: Int64

    enum CodingKeys: String, CodingKey {
      case budgetKr = "budget_kr", editions, populationDate = "population_date", delisted
      case areaShare = "area_share", weights, kommuner, totalWeight = "total_weight"
      case totalPopulation = "total_population", totalKr = "total_kr"
    }
  }

  private struct Kommun: Encodable {
    var kommun: String
    var areas: ClassTriple<Int>
    var delistedAreas: Int
    var weight: Double
    var population: Double
    var populationStatus: String?
    var areaPartKr: Double
    var populationPartKr: Double
    var amountKr: Double
    var amountKrRounded: Int64

    enum CodingKeys: String, CodingKey {
      case kommun, areas, delistedAreas = "delisted_areas", weight, population
      case populationStatus = "population_status", areaPartKr = "area_part_kr"
      case populationPartKr = "population_part_kr", amountKr = "amount_kr", amountKrRounded = "amount_kr_rounded"
    }
  }
}

/// A value for each class, encoded as `{"UO": …, "RO": …, "SUO": …}`.
struct ClassTriple<Value: Encodable & Sendable>: Encodable, Sendable {
  // swift-format-ignore: AlwaysUseLowerCamelCase
  var UO: Value
  var RO: Value
  var SUO: Value
}
