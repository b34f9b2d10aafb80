import AllocationModel
import EmbeddedData
import PropertyBased
import TestSupport
import Testing

/// The sweep's fast path against the key's one rule: every row of a compiled ``SweepModel`` equals the
/// ``Allocation`` of the base with the row's steps applied, and its summaries equal those of its rows.
@Suite struct SweepModelTests {
  /// Every embedded population figure at a date.
  static func figures(_ date: String) -> [String: Double] {
    var out: [String: Double] = [:]
    for r in PopulationTable.embedded.records where r.date == date { out[r.kommun] = Double(r.population) }
    return out
  }

  /// The 2021 grant's base (2019 list) under a policy.
  static func base2021(_ policy: DelistedPolicy) -> SweepBase {
    SweepBase(
      basis: Fixtures.basis(["2019"]), population: figures("2019-12-31"), key: .official(budget: Fixtures.budget),
      delisted: policy, splits: .literal)
  }

  /// The chain 2019, 2021, 2023, with delisted areas that persist, under a policy.
  static func chainBase(_ policy: DelistedPolicy, splits: SplitReading = .literal) -> SweepBase {
    let basis = Fixtures.basis(["2019", "2021", "2023"])
    var population = figures("2021-12-31")
    // A stand-in where the embedded data has no figure at the date.
    for kommun in basis.kommuner.union(["Lund", "Umeå"]) where population[kommun] == nil {
      population[kommun] = 85_000
    }
    return SweepBase(
      basis: basis, population: population,
      key: .official(budget: Fixtures.budget), delisted: policy, splits: splits)
  }

  /// Every kommun's change under a change, by applying its steps to the basis and allocating: the reference.
  static func reference(_ change: SweepChange, base: SweepBase, kommuner: [String]) throws -> [Double] {
    var basis = base.basis
    var population = base.population
    for step in change.steps {
      switch step {
      case .list(let c): try basis.apply(c)
      case .population(let p): try p.apply(to: &population)
      }
    }
    let before = try base.allocation()
    let after = try Allocation(key: base.key, basis: basis, delisted: base.delisted, splits: base.splits) {
      population[$0]
    }
    return kommuner.map { (after[$0]?.amount ?? 0) - (before[$0]?.amount ?? 0) }
  }

  /// Checks a sample of rows (every single change, and `pairSample` random pairs) against the reference.
  static func checkRows(base: SweepBase, spec: SweepSpec, pairSample: Int, seed: UInt64) throws {
    let changes = try spec.changes(for: base)
    let model = try SweepModel(base: base, changes: changes)
    let rows = model.rows(threads: 2)
    var rng = SplitMix64(state: seed)
    let singles = changes.indices.filter { changes[$0].kind != .pair }
    let pairs = changes.indices.filter { changes[$0].kind == .pair }
    let sample = singles + (0..<min(pairSample, pairs.count)).map { _ in pairs[Int(rng.next() % UInt64(pairs.count))] }
    for c in sample {
      let expected = try reference(changes[c], base: base, kommuner: model.kommuner)
      for k in model.kommuner.indices {
        #expect(abs(rows[c, k] - expected[k]) <= 1e-6, "\(changes[c].id), \(model.kommuner[k])")
      }
    }
  }

  @Test(arguments: DelistedPolicy.allCases)
  func everySingleChangeAndSampledPairsEqualTheAllocation(policy: DelistedPolicy) throws {
    try Self.checkRows(base: Self.base2021(policy), spec: SweepSpec(pairs: true), pairSample: 300, seed: 1)
    try Self.checkRows(
      base: Self.chainBase(policy), spec: SweepSpec(newKommuner: ["Lund", "Umeå"], pairs: true), pairSample: 300,
      seed: 2)
  }

  @Test func technicalSplitsCountAGroupOnceInEveryRow() throws {
    var base = Self.chainBase(.persist, splits: .technical)
    try base.basis.apply(
      .split(
        area: "Vivalla", into: [SplitPart(name: "Vivalla N", areaClass: .ro), .init(name: "Vivalla S", areaClass: .uo)])
    )
    try Self.checkRows(
      base: base, spec: SweepSpec(kommuner: ["Örebro", "Uppsala"], pairs: true), pairSample: 400, seed: 3)
    let pairs = try SweepSpec(kommuner: ["Örebro"], pairs: true).changes(for: base).filter { $0.kind == .pair }
    #expect(!pairs.contains { $0.id.contains("Vivalla N") && $0.id.contains("Vivalla S") }, "parts of one group")
  }

  @Test func theEnumerationCountsEveryKindOfChange() throws {
    let base = Self.chainBase(.persist)
    let listed = base.basis.areas.filter(\.isListed).count
    let delisted = base.basis.areas.count - listed
    let eligible = try base.allocation().kommuner.count
    #expect(delisted > 0, "the chain has delisted areas to relist")
    let changes = try SweepSpec(newKommuner: ["Lund"]).changes(for: base)
    let count = { (kind: SweepChange.Kind) in changes.filter { $0.kind == kind }.count }
    #expect(count(.reclassify) == 2 * listed)
    #expect(count(.delist) == listed)
    #expect(count(.relist) == 3 * delisted)
    #expect(count(.add) == 3 * (eligible + 1))
    #expect(count(.population) == 4 * eligible)
    #expect(count(.pair) == 0)
    #expect(Set(changes.map(\.id)).count == changes.count, "ids are unique")
    // Pairs: every two list changes on different areas.
    let withPairs = try SweepSpec(pairs: true).changes(for: Self.base2021(.persist))
    let list = withPairs.filter { $0.kind != .pair && $0.kind != .population }
    let sameArea = Dictionary(grouping: list) { $0.steps[0].areaName }.values.map { $0.count * ($0.count - 1) / 2 }
    #expect(withPairs.filter { $0.kind == .pair }.count == list.count * (list.count - 1) / 2 - sameArea.reduce(0, +))
  }

  @Test func aSpecNarrowsByKindKommunAndArea() throws {
    let base = Self.base2021(.persist)
    let spec = SweepSpec(kinds: [.reclassify, .add], kommuner: ["Örebro"], areas: ["Vivalla"], populationFactors: [])
    let ids = try spec.changes(for: base).map(\.id)
    #expect(
      ids == ["reclassify:Vivalla:UO", "reclassify:Vivalla:RO", "add:Örebro:UO", "add:Örebro:RO", "add:Örebro:SUO"])
    #expect(throws: SweepError.alreadyEligible(kommun: "Örebro")) {
      try SweepSpec(newKommuner: ["Örebro"]).changes(for: base)
    }
  }

  @Test func rowsAndSummariesDoNotDependOnThreadsOrRanges() throws {
    let base = Self.base2021(.drop)
    let model = try SweepModel(base: base, changes: try SweepSpec(pairs: true).changes(for: base))
    let whole = model.rows(threads: 1)
    #expect(model.rows(threads: 2) == whole)
    let cut = model.count / 3
    let parts = [model.rows(0..<cut, threads: 2), model.rows(cut..<model.count, threads: 1)]
    #expect(parts[0].values + parts[1].values == whole.values)
    let fromRows = SweepSummary(rows: whole, depth: 5)
    #expect(model.summary(depth: 5, threads: 2) == fromRows)
    var merged = SweepSummary(rows: parts[0], depth: 5)
    merged.merge(SweepSummary(rows: parts[1], depth: 5))
    #expect(merged == fromRows)
    // The extremes are those of the rows.
    for k in model.kommuner.indices {
      let column = (0..<model.count).map { whole[$0, k] }
      #expect(fromRows.lowest(k).first?.changeKr == column.min())
      #expect(fromRows.highest(k).first?.changeKr == column.max())
    }
  }

  @Test func combinationSummariesEqualTheRowsOfTheSameCombinations() throws {
    let base = Self.base2021(.persist)
    let singles = try SweepSpec(
      kinds: [.reclassify, .delist], kommuner: ["Örebro", "Uppsala", "Malmö"], populationFactors: []
    )
    .changes(for: base)
    let model = try SweepModel(base: base, changes: singles)
    let positions = Array(singles.indices)
    let summary = model.summarizeCombinations(of: positions, size: 3, depth: 3, threads: 2)
    #expect(summary == model.summarizeCombinations(of: positions, size: 3, depth: 3, threads: 1))
    // The same triples as explicit changes, evaluated as rows by the reference.
    let n = singles.count
    var expectedLow = [Double](repeating: .infinity, count: model.kommuner.count)
    var triples = 0
    for i in 0..<n {
      for j in (i + 1)..<n where singles[j].steps[0].areaName != singles[i].steps[0].areaName {
        for k in (j + 1)..<n
        where singles[k].steps[0].areaName != singles[i].steps[0].areaName
          && singles[k].steps[0].areaName != singles[j].steps[0].areaName
        {
          triples += 1
          let change = SweepChange(id: "t", kind: .pair, steps: singles[i].steps + singles[j].steps + singles[k].steps)
          let effect = try Self.reference(change, base: base, kommuner: model.kommuner)
          for m in effect.indices { expectedLow[m] = min(expectedLow[m], effect[m]) }
        }
      }
    }
    #expect(summary.recorded == triples && model.combinationCount(of: positions, size: 3) == triples)
    for m in model.kommuner.indices {
      #expect(abs((summary.lowest(m).first?.changeKr ?? .nan) - expectedLow[m]) <= 1e-6, "\(model.kommuner[m])")
    }
  }

  @Test func aChangeThatDoesNotApplyIsNamed() {
    let base = Self.base2021(.persist)
    let bad = SweepChange(single: .list(.reclassify(area: "Nowhere", to: .ro)))!
    #expect(throws: SweepError.change(id: bad.id, .unknownArea("Nowhere"))) {
      try SweepModel(base: base, changes: [bad])
    }
  }
}

extension ScenarioChange {
  /// The area a list change concerns (the kommun, for a population change).
  var areaName: String {
    switch self {
    case .list(let c): c.introducedNames.first ?? c.area
    case .population(let p): p.kommun
    }
  }
}
