import AllocationModel

extension ScenarioDocument {
  /// The claims as text: what the rule did, then each kommun's entitlement, claim, share of the unclaimed
  /// money and final amount; empty when the scenario has no `claims:` section.
  ///
  /// Claimed and redistributed money is shown to the krona; the final amounts are whole kronor by largest
  /// remainder, which with the money returned to the state sum exactly to the budget.
  func claimsText() -> String {
    guard let claims, let returnedKrRounded else { return "" }
    var sentence: String
    if claims.wantsMore.isEmpty {
      sentence = "no kommun asks for more, so the unclaimed money goes back to the state."
    } else {
      let rule =
        claims.redistribution == .key
        ? "by the key on those kommuner alone" : "in proportion to their entitlements"
      let asking = claims.wantsMore.sorted(by: SwedishCollation.precedes).joined(separator: ", ")
      sentence = "the unclaimed money goes to \(asking), \(rule)."
    }
    var out = "\n" + HistoryReport.wrap("Claims:", sentence.split(separator: " ").map(String.init), indent: "        ")
    var t = TextTable(
      headers: ["Kommun", "Entitled kr", "Claimed kr", "Redistr. kr", "Final kr", "vs baseline"],
      alignments: [.left, .right, .right, .right, .right, .right])
    for row in kommuner {
      guard let c = row.claims else { continue }
      let change = c.finalKrRounded - row.baselineKrRounded
      t.append([
        row.kommun, Kronor.grouped(row.scenarioKrRounded), Kronor.grouped(Int64(c.claimedKr.rounded())),
        Kronor.grouped(Int64(c.redistributedKr.rounded())), Kronor.grouped(c.finalKrRounded),
        change == 0 ? "0" : Kronor.signed(Double(change)),
      ])
    }
    if selection?.isFiltered != true {
      t.appendRule()
      let claimed = kommuner.reduce(0.0) { $0 + ($1.claims?.claimedKr ?? 0) }
      let redistributed = kommuner.reduce(0.0) { $0 + ($1.claims?.redistributedKr ?? 0) }
      let finals = kommuner.reduce(Int64(0)) { $0 + ($1.claims?.finalKrRounded ?? 0) }
      let change = finals - baselineTotalKr
      t.append([
        "Total", Kronor.grouped(totalKr), Kronor.grouped(Int64(claimed.rounded())),
        Kronor.grouped(Int64(redistributed.rounded())), Kronor.grouped(finals),
        change == 0 ? "0" : Kronor.signed(Double(change)),
      ])
    }
    out += t.render()
    out += "Unclaimed: \(Kronor.grouped(Int64(claims.unclaimedKr.rounded()))) kr; "
    out += "returned to the state: \(Kronor.grouped(returnedKrRounded)) kr.\n"
    return out
  }

  /// The CSV columns of the claims, after the others; none when the scenario has no `claims:` section.
  var claimsCSVHeaders: [String] {
    claims == nil ? [] : ["entitlement_kr", "claimed_kr", "redistributed_kr", "final_kr", "final_kr_rounded"]
  }

  /// A row's claims as CSV fields, matching ``claimsCSVHeaders``.
  func claimsCSVFields(_ row: Kommun, dialect: CSVDialect) -> [String] {
    guard claims != nil else { return [] }
    let c = row.claims ?? .none
    return [
      dialect.number(c.entitlementKr), dialect.number(c.claimedKr), dialect.number(c.redistributedKr),
      dialect.number(c.finalKr), dialect.number(c.finalKrRounded),
    ]
  }
}
