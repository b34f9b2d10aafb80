import AllocationModel
import Yams

extension ScenarioResolver {
  /// The `claims:` section as read, with the nodes its errors point at.
  struct ParsedClaims {
    var claims = Claims()
    /// The key node and the value node of each kommun's claim.
    var claimNodes: [String: (key: Node, value: Node)] = [:]
    /// The item of each kommun in `wants_more`.
    var wantsMoreNodes: [String: Node] = [:]
    /// The `redistribution:` value, or the section when it is not given.
    var ruleNode: Node
  }

  /// Reads `claims:` and applies it to the scenario allocation (when there is one).
  ///
  /// The reader checks what only a file has (types, keys, names of kommuner); the claims themselves are
  /// checked by ``Claims/validationErrors(against:)``, the rule's own validation, whose errors land on their nodes.
  ///
  /// In a Monte Carlo run (`monteCarlo`), `uncertainty.claims` draws the claims and this section gives only
  /// the rule: `claimed_kr` and `wants_more` are errors there.
  mutating func resolveClaims(_ node: Node, allocation: Allocation?, monteCarlo: Bool) -> ClaimsOutcome? {
    guard let (parsed, complete) = parseClaims(node), let allocation else { return nil }
    if monteCarlo, case .mapping(let mapping) = node {
      for (key, _) in mapping where key.string == "claimed_kr" || key.string == "wants_more" {
        reader.error(
          key, "'\(key.string ?? "")' belongs to a deterministic run; a Monte Carlo run draws the claims",
          hint: "give 'uncertainty.claims: {decline_probability: p, wants_more_probability: q}'; "
            + "'claims:' may keep 'redistribution'")
      }
      if parsed.claims != Claims(redistribution: parsed.claims.redistribution) { return nil }
    }
    // The entries that were read are checked even when others were not, so every error shows at once.
    let errors = parsed.claims.validationErrors(against: allocation)
    let eligible = allocation.kommuner.map(\.kommun)
    for error in errors { report(error, parsed: parsed, eligible: eligible) }
    guard errors.isEmpty, complete else { return nil }
    do {
      return try ClaimsOutcome(allocation: allocation, claims: parsed.claims)
    } catch {
      report(error, parsed: parsed, eligible: eligible)
      return nil
    }
  }

  /// Reads `claims:` into ``Claims``, leaving out the entries that cannot be read (and recording why);
  /// `complete` is false when some were left out. `nil` when the section is no mapping of known keys.
  private mutating func parseClaims(_ node: Node) -> (parsed: ParsedClaims, complete: Bool)? {
    guard
      let f = reader.fields(node, "'claims'", allowed: ["claimed_kr", "wants_more", "redistribution"])
    else { return nil }
    var parsed = ParsedClaims(ruleNode: f["redistribution"] ?? node)
    var ok = true
    if let claimedNode = f["claimed_kr"] {
      if case .mapping(let mapping) = claimedNode {
        for (keyNode, value) in mapping {
          guard let kommun = reader.string(keyNode, "a kommun in 'claimed_kr'") else {
            ok = false
            continue
          }
          let claim = reader.numeral(value, "the claim of \(kommun)")
          guard checkKommun(kommun, node: keyNode), let claim else {
            ok = false
            continue
          }
          guard parsed.claimNodes[kommun] == nil else {
            reader.error(keyNode, "\(kommun) appears twice in 'claimed_kr'")
            ok = false
            continue
          }
          parsed.claimNodes[kommun] = (keyNode, value)
          parsed.claims.claimedKr[kommun] = claim
        }
      } else {
        reader.error(
          claimedNode,
          "'claimed_kr' must be a mapping from kommun to the kronor it claims, got \(NodeReader.kind(claimedNode))",
          hint: "write e.g. 'claimed_kr: {Borlänge: 0, Trollhättan: 1500000}'")
        ok = false
      }
    }
    if let wantsNode = f["wants_more"] {
      if let items = reader.sequence(wantsNode, "'wants_more'") {
        for item in items {
          guard let kommun = reader.string(item, "a kommun in 'wants_more'"), checkKommun(kommun, node: item) else {
            ok = false
            continue
          }
          guard parsed.wantsMoreNodes[kommun] == nil else {
            reader.error(item, "\(kommun) appears twice in 'wants_more'")
            ok = false
            continue
          }
          parsed.wantsMoreNodes[kommun] = item
          parsed.claims.wantsMore.append(kommun)
        }
      } else {
        ok = false
      }
    }
    if let ruleNode = f["redistribution"] {
      let words = Claims.Redistribution.allCases.map(\.rawValue)
      if let rule = reader.word(ruleNode, "'redistribution'", among: words).flatMap(Claims.Redistribution.init) {
        parsed.claims.redistribution = rule
      } else {
        ok = false
      }
    }
    return (parsed, ok)
  }

  /// Records a claims error at the node of the entry at fault.
  private mutating func report(_ error: ClaimsError, parsed: ParsedClaims, eligible: [String]) {
    let node: Node
    var hint = error.hint
    switch (error.place, error.problem) {
    case (.claimed(let kommun), .notEligible):
      node = parsed.claimNodes[kommun]?.key ?? parsed.ruleNode
      hint = notEligibleHint(kommun, eligible: eligible)
    case (.claimed(let kommun), _):
      node = parsed.claimNodes[kommun]?.value ?? parsed.ruleNode
    case (.wantsMore(let kommun), .notEligible):
      node = parsed.wantsMoreNodes[kommun] ?? parsed.ruleNode
      hint = notEligibleHint(kommun, eligible: eligible)
    case (.wantsMore(let kommun), _):
      node = parsed.wantsMoreNodes[kommun] ?? parsed.ruleNode
    case (.redistribution, _):
      node = parsed.ruleNode
    }
    reader.error(node, error.description, hint: hint)
  }

  /// The hint for a kommun that is not eligible: a close eligible name, or where to see the eligible ones.
  private func notEligibleHint(_ kommun: String, eligible: [String]) -> String {
    if let close = NameSuggestion.hint(for: kommun, among: eligible) { return close }
    return "only the \(eligible.count) kommuner eligible in the scenario claim money; "
      + "list them with '\(areasCommand)'"
  }
}
