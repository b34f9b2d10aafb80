import AllocationModel
import TestSupport
import Testing

/// The engine against the published 2021 table (Bilaga 1 to government decision A2020/02651; see `Fixtures.officialTable2021`).
@Suite struct GoldenTableTests {
  @Test func everyRowOfTheOfficial2021TableIsReproduced() {
    let allocation = Fixtures.allocation2021()
    #expect(allocation.kommuner.map(\.kommun) == Fixtures.officialTable2021.map(\.kommun))
    for row in Fixtures.officialTable2021 {
      let amount = allocation[row.kommun]?.amount ?? -1
      #expect(Int((amount / 1000).rounded()) == row.thousands, "\(row.kommun)")
    }
  }

  @Test func integerAmountsSumExactlyToTheBudget() {
    let allocation = Fixtures.allocation2021()
    #expect(allocation.totalRounded == 243_500_000)
    #expect(allocation.kommuner.allSatisfy { abs(Double($0.rounded) - $0.amount) < 1 })
  }

  @Test func the2019ListHasTheOfficialTotals() {
    let basis = Fixtures.basis(["2019"])
    #expect(basis.areas.count == 60)
    #expect(basis.kommuner.count == 26)
    #expect(basis.tallies(delisted: .persist).reduce(0) { $0 + $1.weight } == 114)
  }
}
