import AllocationModel

extension AllocationDocument {
  /// A table for an 80-column terminal: areas by class, weight, population and amounts.
  public func table() -> String {
    var t = TextTable(
      headers: ["Kommun", "UO", "RO", "SUO", "Vikt", "Folkmängd", "Belopp kr", "Tkr"],
      alignments: [.left, .right, .right, .right, .right, .right, .right, .right])
    for k in kommuner {
      t.append([
        k.kommun + (k.delistedAreas > 0 ? "*" : ""), "\(k.areas.uo)", "\(k.areas.ro)", "\(k.areas.suo)",
        Kronor.plain(k.weight), Kronor.grouped(Int64(k.population.rounded())), Kronor.grouped(k.amountKrRounded),
        Kronor.grouped(Int64((k.amountKr / 1000).rounded())),
      ])
    }
    t.appendRule()
    func sum(_ c: AreaClass) -> String { "\(kommuner.reduce(0) { $0 + $1.areas[c] })" }
    t.append([
      "Summa", sum(.uo), sum(.ro), sum(.suo), Kronor.plain(totalWeight),
      Kronor.grouped(Int64(totalPopulation.rounded())), Kronor.grouped(totalKr), "",
    ])
    let key = baseline.settings
    var out = "Budget \(Kronor.grouped(key.budgetKr)) kr · lists \(baseline.editions.joined(separator: "→")) · "
    out += "SCB \(baseline.populationDate)" + (baseline.populationFile.map { " (+ \($0))" } ?? "")
    out += " · delisted: \(key.delisted.rawValue)\n"
    out += "Key: \(Kronor.plain(key.areaShare * 100)) % by area (UO \(Kronor.plain(key.weights.uo)), "
    out += "RO \(Kronor.plain(key.weights.ro)), SUO \(Kronor.plain(key.weights.suo))), the rest by population\n\n"
    out += t.render()
    if kommuner.contains(where: { $0.delistedAreas > 0 }) {
      out += "* has delisted areas that \(key.delisted == .persist ? "persist in" : "were dropped from") the basis\n"
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
    for k in kommuner {
      out += dialect.line([
        k.kommun, "\(k.areas.uo)", "\(k.areas.ro)", "\(k.areas.suo)", "\(k.delistedAreas)",
        dialect.number(k.weight), dialect.number(k.population),
        k.populationStatus ?? "",
        dialect.number(k.areaPartKr), dialect.number(k.populationPartKr), dialect.number(k.amountKr),
        dialect.number(k.amountKrRounded),
      ])
    }
    return out
  }

  /// The document as JSON (see ``AllocationDocument`` for the shape).
  public func json() throws -> String { try JSONText.encode(self) }
}
