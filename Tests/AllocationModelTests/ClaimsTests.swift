import AllocationModel
import PropertyBased
import TestSupport
import Testing

/// The claims rule: entitlements, claims and the redistribution of the unclaimed money.
@Suite struct ClaimsTests {
  /// Three kommuner with round figures: A (weight 2, 100 000 inhabitants), B (1, 300 000), C (1, 100 000).
  static func threeKommuner(budget: Int64 = 1_000_000) throws -> Allocation {
    try Allocation(
      key: .official(budget: budget),
      inputs: [
        KommunInput(kommun: "A", weight: 2, population: 100_000),
        KommunInput(kommun: "B", weight: 1, population: 300_000),
        KommunInput(kommun: "C", weight: 1, population: 100_000),
      ])
  }

  @Test func unclaimedMoneyGoesToTheKommunerThatAskByTheKeyOnThemAlone() throws {
    // Entitlements: A 375 000 + 50 000, B 187 500 + 150 000, C 187 500 + 50 000.
    let allocation = try Self.threeKommuner()
    let claims = Claims(claimedKr: ["A": 25_000], wantsMore: ["B", "C"], redistribution: .key)
    let outcome = try ClaimsOutcome(allocation: allocation, claims: claims)
    #expect(outcome.unclaimedKr == 400_000)
    // B and C alone: weights 1 and 1, populations 300 000 and 100 000.
    // B: 0.75 · 400 000 · 1/2 + 0.25 · 400 000 · 3/4 = 150 000 + 75 000.
    let b = try #require(outcome["B"])
    let c = try #require(outcome["C"])
    #expect(b.redistributedKr == 225_000)
    #expect(c.redistributedKr == 175_000)
    #expect(b.finalKr == 337_500 + 225_000)
    #expect(c.finalKr == 237_500 + 175_000)
    #expect(outcome["A"]?.finalKr == 25_000)
    #expect(outcome.returnedKr == 0 && outcome.returnedKrRounded == 0)
    #expect(outcome.rows.map(\.finalKrRounded) == [25_000, 562_500, 412_500])
  }

  @Test func proRataSharesByEntitlement() throws {
    let allocation = try Self.threeKommuner()
    let claims = Claims(claimedKr: ["A": 25_000], wantsMore: ["B", "C"], redistribution: .proRata)
    let outcome = try ClaimsOutcome(allocation: allocation, claims: claims)
    // Entitlements 337 500 and 237 500: shares 27/46 and 19/46 of 400 000.
    let b = try #require(outcome["B"])
    let c = try #require(outcome["C"])
    #expect(abs(b.redistributedKr - 400_000 * 337_500 / 575_000) < 1e-6)
    #expect(abs(c.redistributedKr - 400_000 * 237_500 / 575_000) < 1e-6)
    #expect(outcome.rows.map(\.finalKrRounded).reduce(0, +) == 1_000_000)
  }

  @Test func withNobodyAskingTheUnclaimedMoneyIsReturnedAndTheTotalIsStillTheBudget() throws {
    let allocation = try Self.threeKommuner(budget: 1_000_001)
    let claims = Claims(claimedKr: ["B": 100_000.25])
    let outcome = try ClaimsOutcome(allocation: allocation, claims: claims)
    let entitlementB = try #require(allocation["B"]).amount
    #expect(outcome.returnedKr == entitlementB - 100_000.25)
    #expect(outcome.rows.allSatisfy { $0.redistributedKr == 0 })
    #expect(outcome.rows.map(\.finalKrRounded).reduce(0, +) + outcome.returnedKrRounded == 1_000_001)
    #expect(outcome["B"]?.finalKrRounded == 100_000)
  }

  @Test func everyProblemIsFoundWithItsPlace() throws {
    let allocation = try Self.threeKommuner()
    let claims = Claims(
      claimedKr: ["A": -1, "B": 1e9, "C": 10, "Z": 5], wantsMore: ["C", "Y"], redistribution: .key)
    let errors = claims.validationErrors(against: allocation)
    #expect(
      errors == [
        ClaimsError(.claimed("A"), .negativeClaim(-1)),
        ClaimsError(.claimed("B"), .claimAboveEntitlement(claim: 1e9, entitlement: 337_500)),
        ClaimsError(.wantsMore("C"), .claimsLessAndWantsMore),
        ClaimsError(.claimed("Z"), .notEligible),
        ClaimsError(.wantsMore("Y"), .notEligible),
      ])
    #expect(throws: ClaimsError(.claimed("A"), .negativeClaim(-1))) {
      try ClaimsOutcome(allocation: allocation, claims: claims)
    }
  }

  @Test func kommunerWithoutWeightCannotShareTheAreaStepByTheKey() throws {
    let allocation = try Allocation(
      key: .official(budget: 1_000),
      inputs: [
        KommunInput(kommun: "A", weight: 1, population: 10), KommunInput(kommun: "B", weight: 0, population: 10),
      ])
    let claims = Claims(claimedKr: ["A": 0], wantsMore: ["B"])
    #expect(throws: ClaimsError(.redistribution, .nothingToShareBy)) {
      try ClaimsOutcome(allocation: allocation, claims: claims)
    }
    var proRata = claims
    proRata.redistribution = .proRata
    #expect(try ClaimsOutcome(allocation: allocation, claims: proRata)["B"]?.finalKrRounded == 1_000)
  }

  // MARK: Properties

  /// Random eligible kommuner: (weight 0…30, population 1…2 000 000), at least one with weight.
  static let kommuner = zip(Gen.int(in: 0...30), Gen.int(in: 1...2_000_000)).array(of: 1...30)
    .filter { rows in rows.contains { $0.0 > 0 } }
    .map { rows in
      rows.enumerated().map { i, row in
        KommunInput(kommun: "Kommun \(i)", weight: Double(row.0), population: Double(row.1))
      }
    }
  static let budgets = Gen.int(in: 1...1_000_000_000_000).map { Int64($0) }
  static let seeds = Gen.int(in: 0...Int.max).map { UInt64($0) }

  /// Random claims on an allocation: each kommun claims less with probability 0.3 (some nothing), and each
  /// of the others asks for more with probability `asking`; kommuner with no weight never ask under `key`.
  static func randomClaims(
    _ allocation: Allocation, seed: UInt64, asking: Double, rule: Claims.Redistribution
  ) -> Claims {
    var generator = SplitMix64(state: seed)
    var claims = Claims(redistribution: rule)
    for k in allocation.kommuner {
      if Double.random(in: 0..<1, using: &generator) < 0.3 {
        claims.claimedKr[k.kommun] =
          Bool.random(using: &generator) ? 0 : k.amount * .random(in: 0...1, using: &generator)
      } else if Double.random(in: 0..<1, using: &generator) < asking, rule == .proRata || k.weight > 0 {
        claims.wantsMore.append(k.kommun)
      }
    }
    return claims
  }

  @Test func finalsSumToTheBudget() async throws {
    await propertyCheck(count: 300, input: Self.kommuner, Self.budgets, Self.seeds) { inputs, budget, seed in
      let allocation = try Allocation(key: .official(budget: budget), inputs: inputs)
      for rule in Claims.Redistribution.allCases {
        for asking in [0, 0.5] {
          let claims = Self.randomClaims(allocation, seed: seed, asking: asking, rule: rule)
          let outcome = try ClaimsOutcome(allocation: allocation, claims: claims)
          #expect(outcome.rows.map(\.finalKrRounded).reduce(0, +) + outcome.returnedKrRounded == budget)
          let finals = outcome.rows.reduce(0) { $0 + $1.finalKr } + outcome.returnedKr
          #expect(abs(finals - Double(budget)) <= Double(budget) * 1e-12 + 1e-6)
          for row in outcome.rows {
            #expect(row.finalKr >= 0 && abs(Double(row.finalKrRounded) - row.finalKr) < 1 + row.finalKr * 1e-12)
          }
          if claims.wantsMore.isEmpty {
            #expect(outcome.returnedKr == outcome.unclaimedKr)
          } else {
            let shared = outcome.rows.reduce(0) { $0 + $1.redistributedKr }
            #expect(abs(shared - outcome.unclaimedKr) <= outcome.unclaimedKr * 1e-12)
          }
        }
      }
    }
  }

  @Test func withOneKommunAskingBothRulesGiveItAllTheUnclaimedMoney() async throws {
    await propertyCheck(count: 200, input: Self.kommuner, Self.budgets, Self.seeds) { inputs, budget, seed in
      let allocation = try Allocation(key: .official(budget: budget), inputs: inputs)
      var claims = Self.randomClaims(allocation, seed: seed, asking: 0, rule: .key)
      let taker = allocation.kommuner.filter { claims.claimedKr[$0.kommun] == nil && $0.weight > 0 }.last
      guard let taker else { return }
      claims.wantsMore = [taker.kommun]
      for rule in Claims.Redistribution.allCases {
        claims.redistribution = rule
        let outcome = try ClaimsOutcome(allocation: allocation, claims: claims)
        let row = try #require(outcome[taker.kommun])
        #expect(abs(row.redistributedKr - outcome.unclaimedKr) <= outcome.unclaimedKr * 1e-15 * 4)
        #expect(outcome.rows.filter { $0.kommun != taker.kommun }.allSatisfy { $0.redistributedKr == 0 })
      }
    }
  }

  @Test func aKommunClaimingAllWithNobodyAskingChangesNothing() async throws {
    await propertyCheck(count: 200, input: Self.kommuner, Self.budgets, Self.seeds) { inputs, budget, seed in
      let allocation = try Allocation(key: .official(budget: budget), inputs: inputs)
      let k = allocation.kommuner[Int(seed % UInt64(allocation.kommuner.count))]
      for claims in [Claims(), Claims(claimedKr: [k.kommun: k.amount])] {
        let outcome = try ClaimsOutcome(allocation: allocation, claims: claims)
        #expect(outcome.unclaimedKr == 0 && outcome.returnedKr == 0 && outcome.returnedKrRounded == 0)
        #expect(outcome.rows.map(\.finalKr) == allocation.kommuner.map(\.amount))
        #expect(outcome.rows.map(\.finalKrRounded) == allocation.kommuner.map(\.rounded))
      }
    }
  }
}
