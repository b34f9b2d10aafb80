import AllocationModel

extension AreaListDocument {
  /// What a delisted area's row says about it, e.g. "delisted after 2021, persists at RO".
  static func status(_ a: Area) -> String {
    guard !a.listed else { return "listed" }
    let counts = a.persists == true ? "persists at \(a.areaClass.rawValue)" : "dropped"
    return "delisted after \(a.lastListed), \(counts)"
  }

  /// A table for an 80-column terminal: one area a line, with a summary of the counts below.
  public func table() -> String {
    var t = TextTable(
      headers: ["Area", "Kommun", "Class", "Since", "Status"], alignments: [.left, .left, .left, .left, .left])
    for a in areas {
      let name = a.formerly.isEmpty ? a.area : "\(a.area) (formerly \(a.formerly.joined(separator: ", ")))"
      t.append([name, a.kommun, a.areaClass.rawValue, a.since, Self.status(a)])
    }
    let listed = areas.filter(\.listed)
    let counts = AreaClass.allCases.map { c in "\(listed.filter { $0.areaClass == c }.count) \(c.rawValue)" }
    var out = "Police lists \(editions.joined(separator: "→"))"
    if !kommuner.isEmpty { out += " · \(kommuner.joined(separator: ", "))" }
    out += " · delisted areas: \(delisted.rawValue)\n\n"
    out += t.render()
    out += "\(listed.count) listed (\(counts.joined(separator: ", ")))"
    let delistedCount = areas.count - listed.count
    if delistedCount > 0 {
      let persisting = areas.filter { $0.persists == true }.count
      out += ", \(delistedCount) delisted (\(persisting) persist in the basis)"
    }
    return out + "\n"
  }

  /// CSV with a header row, one line per area.
  public func csv(dialect: CSVDialect = .plain) -> String {
    var out = dialect.preamble
    out += dialect.line(["area", "kommun", "class", "listed", "since", "last_listed", "persists", "formerly"])
    for a in areas {
      out += dialect.line([
        a.area, a.kommun, a.areaClass.rawValue, String(a.listed), a.since, a.lastListed,
        a.persists.map { String($0) } ?? "", a.formerly.joined(separator: "|"),
      ])
    }
    return out
  }
}
