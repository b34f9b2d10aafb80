import AllocationModel

extension HTMLReport {
  /// The claims of a deterministic scenario: what the rule did and each kommun's money through it; empty
  /// when the scenario has no `claims:` section.
  static func claimsSection(_ doc: ScenarioDocument) -> String {
    guard let claims = doc.claims, let returned = doc.returnedKrRounded else { return "" }
    var html = "<h2>Claims and redistribution</h2><p>"
    html += "Unclaimed: \(SwedishNumber.kronor(claims.unclaimedKr.rounded())). "
    if claims.wantsMore.isEmpty {
      html += "No kommun asks for more, so \(SwedishNumber.kronor(Double(returned))) goes back to the state."
    } else {
      let asking = claims.wantsMore.sorted(by: SwedishCollation.precedes).map(HTMLText.escape)
      let rule =
        claims.redistribution == .key
        ? "by the grant's key on those kommuner alone" : "in proportion to their entitlements"
      html += "It goes to \(asking.joined(separator: ", ")), \(rule)."
    }
    html += " Final amounts are whole kronor by largest remainder and, with the money returned, sum to the budget.</p>"
    html += table(
      headers: ["Kommun", "Entitled", "Claimed", "Redistributed", "Final", "Final vs baseline"],
      rows: doc.kommuner.compactMap { r in
        guard let c = r.claims else { return nil }
        let change = Double(c.finalKrRounded - r.baselineKrRounded)
        return [
          HTMLText.escape(r.kommun), SwedishNumber.kronor(Double(r.scenarioKrRounded)),
          SwedishNumber.kronor(c.claimedKr.rounded()), SwedishNumber.kronor(c.redistributedKr.rounded()),
          SwedishNumber.kronor(Double(c.finalKrRounded)), SwedishNumber.signedKronor(change),
        ]
      })
    return html
  }
}
