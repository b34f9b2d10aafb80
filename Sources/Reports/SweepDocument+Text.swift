import AllocationModel

extension SweepDocument {
  /// The base in one line: the scenario or year, the policy and the number of changes.
  var headline: String {
    let what =
      base.scenario.map { "the scenario \($0)" } ?? base.baseline.year.map { "the grant year \($0)" } ?? "the base"
    return "Sweep of \(changes.count) changes on \(what) (delisted: \(base.settings.delisted.rawValue), "
      + "splits: \(base.settings.splits.rawValue))"
  }

  /// The table: without a kommun, each kommun's largest loss and gain; with one, the changes ranked by their
  /// effect on it, the `top` largest losses then the `top` largest gains (a tornado in text).
  public func table(kommun: String? = nil, top: Int = 15) -> String {
    var out = headline + "\n\n"
    if let kommun {
      let base = self.base.kommuner.first { $0.kommun == kommun }?.amountKr ?? 0
      out += "Changes ranked by their effect on \(kommun) (base \(SwedishNumber.kronor(base))):\n\n"
      let effects = effects(on: kommun)
      let losses = effects.filter { $0.changeKr < 0 }.sorted { ($0.changeKr, $0.row) < ($1.changeKr, $1.row) }
      let gains = effects.filter { $0.changeKr > 0 }.sorted { ($1.changeKr, $0.row) < ($0.changeKr, $1.row) }
      let scale = max(losses.first.map { -$0.changeKr } ?? 0, gains.first?.changeKr ?? 0)
      for (title, list) in [("Largest losses", losses), ("Largest gains", gains)] {
        out += "\(title) (\(list.count) in all):\n"
        var t = TextTable(headers: ["#", "Change", "kr", "%", ""], alignments: [.right, .left, .right, .right, .left])
        for (i, e) in list.prefix(top).enumerated() {
          let bar = String(
            repeating: e.changeKr < 0 ? "◀" : "▶", count: scale > 0 ? max(1, Int(abs(e.changeKr) / scale * 20)) : 0)
          t.append([
            "\(i + 1)", changes[e.row].id, SwedishNumber.signedKronor(e.changeKr),
            base > 0 ? SwedishNumber.percent(e.changeKr / base, decimals: 2) : "–", bar,
          ])
        }
        out += list.isEmpty ? "  none\n\n" : t.render() + "\n"
      }
      return out
    }
    var t = TextTable(
      headers: ["Kommun", "Base", "Largest loss", "by", "Largest gain", "by"],
      alignments: [.left, .right, .right, .left, .right, .left])
    for e in extremes {
      t.append([
        e.kommun, SwedishNumber.kronor(e.baseKr), e.largestLoss.map { SwedishNumber.signedKronor($0.changeKr) } ?? "–",
        e.largestLoss?.id ?? "", e.largestGain.map { SwedishNumber.signedKronor($0.changeKr) } ?? "–",
        e.largestGain?.id ?? "",
      ])
    }
    return out + t.render()
  }

  /// Long CSV: one line per change and kommun, `change,kind,kommun,change_kr,change_pct`.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble + dialect.line(["change", "kind", "kommun", "change_kr", "change_pct"]) + "\n"
    for row in changes {
      for e in row.kommuner {
        out +=
          dialect.line([
            row.id, row.kind.rawValue, e.kommun, dialect.number(e.changeKr),
            e.changePct.map { dialect.number($0) } ?? "",
          ]) + "\n"
      }
    }
    return out
  }
}
