import AllocationModel

extension UncertaintyRecord {
  /// The name of a reclassification target in the record: a class's abbreviation or `delisted`.
  static func name(_ target: ReclassificationTarget) -> String {
    switch target {
    case .areaClass(let c): c.rawValue
    case .delisted: "delisted"
    }
  }

  /// The record of a scenario's `uncertainty:` section; `redistribution` is the rule of its `claims:` section.
  public init(_ spec: UncertaintySpec, redistribution: Claims.Redistribution = .key) {
    self.init(
      reclassification: spec.reclassification.map { r in
        var transitions: [String: [String: Double]] = [:]
        for c in AreaClass.allCases {
          var row: [String: Double] = [:]
          for t in r.transitions(from: c) { row[Self.name(t.target), default: 0] += t.probability }
          transitions[c.rawValue] = row
        }
        switch r {
        case .simple(let p, let up):
          return Reclassification(kind: .simple, probability: p, up: up, transitions: transitions)
        case .matrix:
          return Reclassification(kind: .matrix, probability: nil, up: nil, transitions: transitions)
        }
      },
      newAreas: spec.newAreas.map { n in
        let landing: Landing
        let table: [Candidate]
        switch n.kommuner {
        case .population: (landing, table) = (.population, [])
        case .table(let t):
          landing = .table
          table = t.map { Candidate(kommun: $0.kommun, weight: $0.weight, population: $0.population) }
        }
        return NewAreas(mean: n.mean, classMix: ClassValues { n.classMix[$0] ?? 0 }, landing: landing, table: table)
      },
      populationGrowth: spec.populationGrowth.map { g in
        Growth(
          mean: g.mean, sd: g.sd,
          overrides: g.overrides.keys.sorted(by: SwedishCollation.precedes).compactMap { k in
            g.overrides[k].map { GrowthOverride(kommun: k, mean: $0.mean, sd: $0.sd) }
          })
      })
    updates = spec.updates > 1 ? spec.updates : nil
    claims = spec.claims.map {
      ClaimsDraws(
        declineProbability: $0.declineProbability, wantsMoreProbability: $0.wantsMoreProbability,
        redistribution: redistribution)
    }
  }
}
