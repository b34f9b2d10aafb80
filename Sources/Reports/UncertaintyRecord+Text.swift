import AllocationModel

extension UncertaintyRecord {
  /// The model in one line, after the number of draws and the seed, for `fordela validate`.
  public func line(draws: Int, seed: UInt64) -> String {
    var parts = ["\(draws) draws", "seed \(seed)"]
    if let updates { parts.append("paths of \(updates) list updates") }
    if let r = reclassification {
      switch r.kind {
      case .simple: parts.append("reclassification p \(r.probability ?? 0), up \(r.up ?? 0)")
      case .matrix: parts.append("reclassification by matrix")
      }
    }
    if let n = newAreas {
      let landing =
        n.landing == .population ? "by population" : "among \(n.table.map(\.kommun).joined(separator: ", "))"
      parts.append("new areas Poisson(\(n.mean)) \(landing)")
    }
    if let g = populationGrowth {
      parts.append("growth N(\(g.mean), \(g.sd))" + (g.overrides.isEmpty ? "" : " with \(g.overrides.count) overrides"))
    }
    if let c = claims {
      parts.append(
        "claims: decline p \(c.declineProbability), wants more p \(c.wantsMoreProbability), "
          + "shared \(c.redistribution == .key ? "by the key" : "pro rata")")
    }
    return parts.joined(separator: ", ")
  }

  /// The model in sentences, one per part, for the HTML report (numbers written the Swedish way).
  public func sentences() -> [String] {
    var out: [String] = []
    func percent(_ x: Double) -> String { SwedishNumber.percent(x, decimals: 2) }
    if let r = reclassification {
      var text: String
      switch r.kind {
      case .simple:
        text = "Each listed area changes class with probability \(percent(r.probability ?? 0)) per draw; "
        text += "\(percent(r.up ?? 0)) of the changes are upgrades (an SUO stays SUO) and the rest downgrades "
        text += "(a UO that goes down leaves the list)."
      case .matrix:
        text = "Each listed area changes class by a transition matrix, independently per draw."
      }
      let rows = AreaClass.allCases.map { c in
        let row = r.transitions[c.rawValue] ?? [:]
        let targets = (AreaClass.allCases.map(\.rawValue) + ["delisted"]).compactMap { t in
          row[t].map {
            t == c.rawValue ? "stays \(percent($0))" : "\(t == "delisted" ? "delisted" : "to \(t)") \(percent($0))"
          }
        }
        return "from \(c.rawValue): " + targets.joined(separator: ", ")
      }
      out.append(text + " Per draw: " + rows.joined(separator: "; ") + ".")
    }
    if let n = newAreas {
      var text = "New areas: a Poisson number per draw with mean \(SwedishNumber.decimal(n.mean, decimals: 2)); "
      text +=
        "class mix " + AreaClass.allCases.map { "\($0.rawValue) \(percent(n.classMix[$0]))" }.joined(separator: ", ")
      switch n.landing {
      case .population:
        text += "; they land in the scenario's eligible kommuner in proportion to population."
      case .table:
        let candidates = n.table.map { c in
          "\(c.kommun) (weight \(Kronor.plain(c.weight))"
            + (c.population.map { ", population \(SwedishNumber.grouped($0))" } ?? "") + ")"
        }
        text += "; they land among " + candidates.joined(separator: ", ") + ", by weight."
      }
      out.append(text)
    }
    if let g = populationGrowth {
      var text = "Population growth: Normal with mean \(percent(g.mean)) and standard deviation \(percent(g.sd)), "
      text += "independently per kommun and draw"
      if !g.overrides.isEmpty {
        text += "; overrides: "
        text += g.overrides.map { "\($0.kommun) (mean \(percent($0.mean)), sd \(percent($0.sd)))" }.joined(
          separator: ", ")
      }
      out.append(text + ".")
    }
    if let c = claims {
      var text = "Claims: each kommun claims nothing with probability \(percent(c.declineProbability)) per draw, "
      text += "and each kommun that claims asks for the unclaimed money with probability "
      text += "\(percent(c.wantsMoreProbability)); the money is shared "
      text += c.redistribution == .key ? "by the key on the kommuner that ask" : "in proportion to their amounts"
      text += ", or goes back to the state when none asks. The changes are those of each kommun's final amount."
      out.append(text)
    }
    if out.isEmpty { out.append("No random changes: every draw is the deterministic scenario.") }
    if let updates { out.append(Self.pathSentence(updates: updates)) }
    return out
  }
}
