import AllocationModel
import PropertyBased
import TestSupport
import Testing

/// Invariants of the key that hold for any valid input.
@Suite struct KeyPropertyTests {
  /// Random eligible kommuner: (weight 0…30, population 1…2 000 000), at least one with weight.
  static let kommuner = zip(Gen.int(in: 0...30), Gen.int(in: 1...2_000_000)).array(of: 1...40)
    .filter { rows in rows.contains { $0.0 > 0 } }
    .map { rows in
      rows.enumerated().map { i, row in
        KommunInput(kommun: "Kommun \(i)", weight: Double(row.0), population: Double(row.1))
      }
    }

  static let budgets = Gen.int(in: 1...1_000_000_000_000).map { Int64($0) }
  static let shares = Gen.double(in: 0...1)

  @Test func theBudgetIsConservedToTheKrona() async throws {
    await propertyCheck(count: 300, input: Self.kommuner, Self.budgets, Self.shares) { inputs, budget, share in
      let allocation = try Allocation(key: DistributionKey(budget: budget, areaShare: share), inputs: inputs)
      #expect(allocation.totalRounded == budget)
      let unrounded = allocation.kommuner.reduce(0) { $0 + $1.amount }
      #expect(abs(unrounded - Double(budget)) <= Double(budget) * 1e-12 + 1e-6)
      for k in allocation.kommuner {
        #expect(k.amount.isFinite && k.amount >= 0)
        #expect(abs(Double(k.rounded) - k.amount) < 1 + k.amount * 1e-12, "\(k.kommun)")
      }
    }
  }

  @Test func theResultDoesNotDependOnTheOrderOfKommuner() async throws {
    await propertyCheck(count: 200, input: Self.kommuner, Self.budgets) { inputs, budget in
      let key = DistributionKey(budget: budget)
      let forward = try Allocation(key: key, inputs: inputs)
      let backward = try Allocation(key: key, inputs: inputs.reversed())
      var generator = SplitMix(seed: UInt64(budget))
      let shuffled = try Allocation(key: key, inputs: inputs.shuffled(using: &generator))
      #expect(forward == backward)
      #expect(forward == shuffled)
    }
  }

  @Test func theResultDoesNotDependOnTheOrderOfAreas() throws {
    var basis = Fixtures.basis(["2019", "2021", "2023"])
    let before = try Allocation(
      key: .official(budget: Fixtures.budget), basis: basis, delisted: .persist,
      population: Fixtures.population("2019-12-31", orElse: 50_000))
    var generator = SplitMix(seed: 7)
    for _ in 0..<20 {
      basis.areas.shuffle(using: &generator)
      let after = try Allocation(
        key: .official(budget: Fixtures.budget), basis: basis, delisted: .persist,
        population: Fixtures.population("2019-12-31", orElse: 50_000))
      #expect(after == before)
    }
  }

  @Test func scalingTheBudgetScalesEveryAmount() async throws {
    await propertyCheck(count: 200, input: Self.kommuner, Gen.int(in: 1...1_000_000), Gen.int(in: 2...1000)) {
      inputs, budget, factor in
      let one = try Allocation(key: DistributionKey(budget: Int64(budget)), inputs: inputs)
      let many = try Allocation(key: DistributionKey(budget: Int64(budget * factor)), inputs: inputs)
      for (a, b) in zip(one.kommuner, many.kommuner) {
        #expect(abs(b.amount - a.amount * Double(factor)) <= 1e-9 * max(1, b.amount), "\(a.kommun)")
      }
    }
  }

  @Test func upgradingAnAreaNeverLowersItsKommunsAmount() throws {
    let basis = Fixtures.basis(["2019", "2021"])
    let population = Fixtures.population("2019-12-31", orElse: 80_000)
    let key = DistributionKey.official(budget: Fixtures.budget)
    let before = try Allocation(key: key, basis: basis, delisted: .persist, population: population)
    for i in basis.areas.indices {
      guard let up = basis.areas[i].areaClass.upgraded else { continue }
      var changed = basis
      changed.areas[i].areaClass = up
      let after = try Allocation(key: key, basis: changed, delisted: .persist, population: population)
      let kommun = basis.areas[i].kommun
      #expect(after[kommun]!.amount >= before[kommun]!.amount, "\(basis.areas[i].name) upgraded to \(up)")
      #expect(after.totalRounded == Fixtures.budget)
    }
  }

  @Test func upgradingNeverLowersTheAmountForRandomInputs() async throws {
    await propertyCheck(count: 200, input: Self.kommuner, Gen.int(in: 0...39), Self.shares) { inputs, pick, share in
      let i = pick % inputs.count
      var upgraded = inputs
      upgraded[i].weight += 1
      let key = DistributionKey(budget: Fixtures.budget, areaShare: share)
      let before = try Allocation(key: key, inputs: inputs)
      let after = try Allocation(key: key, inputs: upgraded)
      #expect(after[inputs[i].kommun]!.amount >= before[inputs[i].kommun]!.amount)
    }
  }
}

/// A small deterministic generator for shuffles in tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
