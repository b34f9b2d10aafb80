import AllocationModel

extension AllocationDocument {
  /// A table for an 80-column terminal: areas by class, weight, population and amounts, with a footnote
  /// that says where each population came from.
  ///
  /// - Parameter explain: also show each amount's area part and population part (unrounded, shown to the
  ///   krona, so they may differ from the amount by a krona) and each population's source; wider than 80
  ///   columns.
  /// - Returns: the table with its heading and footnotes, ending in a newline.
  public func table(explain: Bool = false) -> String {
    let parts: [String] = explain ? ["Source", "Area part kr", "Pop. part kr"] : []
    var t = TextTable(
      headers: ["Kommun", "UO", "RO", "SUO", "Weight", "Population"] + parts + ["Amount kr"] + (explain ? [] : ["Tkr"]),
      alignments: [.left, .right, .right, .right, .right, .right] + (explain ? [.left, .right, .right] : [])
        + [.right] + (explain ? [] : [.right]))
    for k in kommuner {
      let detail =
        explain
        ? [
          PopulationFootnote.shortLabel(k.populationSource), Kronor.grouped(Int64(k.areaPartKr.rounded())),
          Kronor.grouped(Int64(k.populationPartKr.rounded())),
        ] : []
      t.append(
        [
          k.kommun + (k.delistedAreas > 0 ? "*" : ""), "\(k.areas.uo)", "\(k.areas.ro)", "\(k.areas.suo)",
          Kronor.plain(k.weight), Kronor.grouped(Int64(k.population.rounded())),
        ] + detail + [Kronor.grouped(k.amountKrRounded)]
          + (explain ? [] : [Kronor.grouped(Int64((k.amountKr / 1000).rounded()))]))
    }
    if selection?.isFiltered != true {
      t.appendRule()
      func sum(_ c: AreaClass) -> String { "\(kommuner.reduce(0) { $0 + $1.areas[c] })" }
      let areaTotal = kommuner.reduce(0.0) { $0 + $1.areaPartKr }
      let populationTotal = kommuner.reduce(0.0) { $0 + $1.populationPartKr }
      t.append(
        [
          "Total", sum(.uo), sum(.ro), sum(.suo), Kronor.plain(totalWeight),
          Kronor.grouped(Int64(totalPopulation.rounded())),
        ]
          + (explain
            ? ["", Kronor.grouped(Int64(areaTotal.rounded())), Kronor.grouped(Int64(populationTotal.rounded()))]
            : []) + [Kronor.grouped(totalKr)] + (explain ? [] : [""]))
    }
    let key = baseline.settings
    let payment = baseline.payment.flatMap { $0 == "ordinary" ? nil : " (\($0))" } ?? ""
    var out =
      "Budget \(Kronor.grouped(key.budgetKr)) kr\(payment) · lists \(baseline.editions.joined(separator: "→")) · "
    out += "SCB \(baseline.populationDate)" + (baseline.populationFile.map { " (+ \($0))" } ?? "")
    out += " · delisted: \(key.delisted.rawValue)\n"
    out += "Key: \(Kronor.plain(key.areaShare * 100)) % by area (UO \(Kronor.plain(key.weights.uo)), "
    out += "RO \(Kronor.plain(key.weights.ro)), SUO \(Kronor.plain(key.weights.suo))), the rest by population\n"
    out += selection?.note().map { $0 + "\n" } ?? "\n"
    out += t.render()
    if kommuner.contains(where: { $0.delistedAreas > 0 }) {
      out += "* has delisted areas that \(key.delisted == .persist ? "persist in" : "were dropped from") the basis\n"
    }
    if let selection, selection.isFiltered {
      out += "Totals over all \(selection.totalKommuner) kommuner: \(Kronor.grouped(totalKr)) kr.\n"
    }
    out += Kronor.roundingNote(key.roundingKr) + "\n"
    out += PopulationFootnote.text(
      kommuner.map { .init(kommun: $0.kommun, source: $0.populationSource) },
      date: baseline.populationDate, file: baseline.populationFile)
    return out
  }

  /// CSV with a header row; amounts unrounded and rounded, with the rounding unit in the last column.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble
    out += dialect.line([
      "kommun", "uo", "ro", "suo", "delisted_areas", "weight", "population", "population_status",
      "area_part_kr", "population_part_kr", "amount_kr", "amount_kr_rounded", "rounding_kr",
    ])
    for k in kommuner {
      out += dialect.line([
        k.kommun, "\(k.areas.uo)", "\(k.areas.ro)", "\(k.areas.suo)", "\(k.delistedAreas)",
        dialect.number(k.weight), dialect.number(k.population),
        k.populationStatus ?? "",
        dialect.number(k.areaPartKr), dialect.number(k.populationPartKr), dialect.number(k.amountKr),
        dialect.number(k.amountKrRounded), dialect.number(baseline.settings.roundingKr),
      ])
    }
    return out
  }

  /// The document as JSON (see ``AllocationDocument`` for the shape).
  public func json() throws -> String { try JSONText.encode(self) }
}
