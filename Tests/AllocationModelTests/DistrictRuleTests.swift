import AllocationModel
import TestSupport
import Testing

/// The split of a kommun's amount over its districts (`docs/domain.md`, "Within a kommun").
@Suite struct DistrictRuleTests {
  /// A basis of one kommun, "Stad", with the given areas (name, class, listed).
  static func basis(_ areas: [(String, AreaClass, Bool)]) -> Basis {
    Basis(
      areas: areas.map { BasisArea(name: $0.0, kommun: "Stad", areaClass: $0.1, isListed: $0.2, enteredIn: "2019") },
      editions: ["2019"])
  }

  static let weights = ClassWeights(uo: 1, ro: 1.5, suo: 2)

  @Test func earmarksThenTheRestByWeightedPopulation() throws {
    // R = 1 000 000 − 100 000 = 900 000; weighted populations: A (SUO) 2·1000 = 2000, B (UO) 1·2000 = 2000.
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: ["Norr": 100_000], classWeights: Self.weights,
      parts: [
        .init(area: "A", district: "Norr", population: 1000), .init(area: "B", district: "Söder", population: 2000),
      ])
    let split = try DistrictSplit(
      plan: plan, basis: Self.basis([("A", .suo, true), ("B", .uo, true)]), delisted: .persist,
      kommunAmount: 1_000_000, kommunRounded: 1_000_000)
    #expect(split.rows.map(\.district) == ["Norr", "Söder"])
    #expect(split.rows.map(\.amount) == [550_000, 450_000])
    #expect(split.rows.map(\.rounded) == [550_000, 450_000])
  }

  @Test func anAreaSpanningTwoDistrictsCountsInEachWithItsPart() throws {
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: [:], classWeights: Self.weights,
      parts: [.init(area: "A", district: "Öst", population: 300), .init(area: "A", district: "Väst", population: 100)])
    let split = try DistrictSplit(
      plan: plan, basis: Self.basis([("A", .ro, true)]), delisted: .persist, kommunAmount: 1000, kommunRounded: 1000)
    #expect(split.rows.map(\.district) == ["Väst", "Öst"])
    #expect(split.rows.map(\.rounded) == [250, 750])
  }

  @Test func aDistrictWithAnEarmarkAndNoAreasGetsItsEarmarkOnly() throws {
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: ["Skola": 12_345], classWeights: Self.weights,
      parts: [.init(area: "A", district: "Norr", population: 500)])
    let split = try DistrictSplit(
      plan: plan, basis: Self.basis([("A", .uo, true)]), delisted: .persist, kommunAmount: 100_000.4,
      kommunRounded: 100_000)
    #expect(split.rows.first { $0.district == "Skola" }?.amount == 12_345)
    #expect(split.rows.first { $0.district == "Skola" }?.rounded == 12_345)
    #expect(split.totalRounded == 100_000)
  }

  @Test func aDelistedAreaCountsAtItsLastClassUnderPersistAndNotUnderDrop() throws {
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: [:], classWeights: Self.weights,
      parts: [
        .init(area: "A", district: "Norr", population: 1000), .init(area: "B", district: "Söder", population: 1000),
      ])
    let basis = Self.basis([("A", .suo, false), ("B", .uo, true)])
    let persist = try DistrictSplit(plan: plan, basis: basis, delisted: .persist, kommunAmount: 300, kommunRounded: 300)
    let drop = try DistrictSplit(plan: plan, basis: basis, delisted: .drop, kommunAmount: 300, kommunRounded: 300)
    #expect(persist.rows.map(\.rounded) == [200, 100])
    #expect(drop.rows.map(\.rounded) == [0, 300])
  }

  @Test func aFormerNameFindsTheRenamedArea() throws {
    var basis = Self.basis([("Gamla", .uo, true)])
    try basis.apply(.rename(area: "Gamla", to: "Nya"))
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: [:], classWeights: Self.weights,
      parts: [
        .init(area: "Gamla", district: "Norr", population: 10), .init(area: "Annat", district: "Norr", population: 5),
      ])
    #expect(plan.areaIndices(in: basis) == [0, nil])
  }

  @Test func earmarksAboveTheAmountAreAnError() {
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: ["Norr": 2000], classWeights: Self.weights,
      parts: [.init(area: "A", district: "Norr", population: 10)])
    #expect(throws: DistrictError.earmarksExceedAmount(kommun: "Stad", amount: 1000, earmarks: 2000)) {
      try DistrictSplit(
        plan: plan, basis: Self.basis([("A", .uo, true)]), delisted: .persist, kommunAmount: 1000, kommunRounded: 1000)
    }
  }

  @Test func aKommunWithoutMoneyGivesEveryDistrictNothing() throws {
    let plan = DistrictPlan(
      kommun: "Stad", earmarks: ["Norr": 2000], classWeights: Self.weights,
      parts: [.init(area: "A", district: "Norr", population: 10)])
    let split = try DistrictSplit(
      plan: plan, basis: Self.basis([("A", .uo, false)]), delisted: .drop, kommunAmount: 0, kommunRounded: 0)
    #expect(split.rows.map(\.rounded) == [0])
  }

  // MARK: Properties

  /// A random kommun "Stad" among others, and a random plan for it: areas, districts, earmarks, populations.
  static func randomCase(_ g: inout SplitMix64) -> (basis: Basis, plan: DistrictPlan, population: [String: Double]) {
    let classes = AreaClass.allCases
    var areas: [BasisArea] = []
    for k in ["Stad", "By", "Köping"] {
      for i in 0..<Int.random(in: 1...6, using: &g) {
        areas.append(
          BasisArea(
            name: "\(k) \(i)", kommun: k, areaClass: classes[Int.random(in: 0...2, using: &g)],
            isListed: Int.random(in: 0...4, using: &g) > 0, enteredIn: "2019"))
      }
    }
    let districts = (0..<Int.random(in: 1...5, using: &g)).map { "Distrikt \($0)" }
    var parts: [DistrictPlan.Part] = []
    for area in areas where area.kommun == "Stad" {
      for district in districts.shuffled(using: &g).prefix(Int.random(in: 1...2, using: &g)) {
        parts.append(
          .init(area: area.name, district: district, population: Double(Int.random(in: 1...20_000, using: &g))))
      }
    }
    var earmarks: [String: Double] = [:]
    for district in districts where Bool.random(using: &g) {
      earmarks[district] = Double(Int.random(in: 0...300_000, using: &g))
    }
    if Bool.random(using: &g) { earmarks["Bara öronmärkt"] = 50_000 }
    let low = Double(Int.random(in: 1...3, using: &g))
    let weights = ClassWeights(uo: low, ro: low + Double(Int.random(in: 0...2, using: &g)), suo: low + 3)
    let plan = DistrictPlan(kommun: "Stad", earmarks: earmarks, classWeights: weights, parts: parts)
    let population = ["Stad": 900_000.0, "By": 40_000, "Köping": 120_000]
    return (Basis(areas: areas, editions: ["2019"]), plan, population)
  }

  /// The districts of "Stad" under the official key with a budget large enough for the earmarks.
  static func split(_ basis: Basis, _ plan: DistrictPlan, _ population: [String: Double], _ policy: DelistedPolicy)
    throws -> DistrictSplit?
  {
    let allocation = try Allocation(
      key: DistributionKey(budget: 243_500_000), basis: basis, delisted: policy, population: { population[$0] })
    let stad = allocation["Stad"]
    return try DistrictSplit(
      plan: plan, basis: basis, delisted: policy, kommunAmount: stad?.amount ?? 0, kommunRounded: stad?.rounded ?? 0)
  }

  @Test func theDistrictsSumToTheKommunsAmount() throws {
    var g = SplitMix64(state: 0x5EED_D157)
    for _ in 0..<300 {
      let (basis, plan, population) = Self.randomCase(&g)
      for policy in DelistedPolicy.allCases {
        let allocation = try Allocation(
          key: DistributionKey(budget: 243_500_000), basis: basis, delisted: policy, population: { population[$0] })
        let stad = allocation["Stad"]
        let split = try DistrictSplit(
          plan: plan, basis: basis, delisted: policy, kommunAmount: stad?.amount ?? 0,
          kommunRounded: stad?.rounded ?? 0)
        #expect(split.totalRounded == stad?.rounded ?? 0)
        let unrounded = split.rows.reduce(0) { $0 + $1.amount }
        #expect(abs(unrounded - (stad?.amount ?? 0)) < 1e-6)
        for row in split.rows { #expect(abs(Double(row.rounded) - row.amount) < 1) }
      }
    }
  }

  @Test func upgradingAnAreaNeverLowersItsDistrictsAmount() throws {
    var g = SplitMix64(state: 0xC1A5_5E5)
    var upgrades = 0
    for _ in 0..<300 {
      let (basis, plan, population) = Self.randomCase(&g)
      // An area in one district: one that spans several may lower the share of a district holding a small part of it.
      let candidates = basis.areas.indices.filter { i in
        let area = basis.areas[i]
        return area.kommun == "Stad" && area.isListed && area.areaClass != .suo
          && Set(plan.parts.filter { $0.area == area.name }.map(\.district)).count == 1
      }
      guard let i = candidates.randomElement(using: &g), let to = basis.areas[i].areaClass.upgraded else { continue }
      var upgraded = basis
      try upgraded.apply(.reclassify(area: basis.areas[i].name, to: to))
      for policy in DelistedPolicy.allCases {
        guard let before = try Self.split(basis, plan, population, policy),
          let after = try Self.split(upgraded, plan, population, policy)
        else { continue }
        upgrades += 1
        for part in plan.parts where part.area == basis.areas[i].name {
          let b = before.rows.first { $0.district == part.district }?.amount ?? 0
          let a = after.rows.first { $0.district == part.district }?.amount ?? 0
          #expect(a >= b * (1 - 1e-12), "\(part.district): \(b) → \(a)")
        }
      }
    }
    #expect(upgrades > 100)
  }
}
