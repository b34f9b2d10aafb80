import AllocationModel
import EmbeddedData
import TestSupport
import Testing

/// The update rule of Bilaga 1 ("Uppdatering") across the real lists 2019 → 2021 → 2023.
@Suite struct BasisTests {
  private func weight(_ basis: Basis, _ kommun: String, _ policy: DelistedPolicy) -> Double? {
    basis.tallies(delisted: policy).first { $0.kommun == kommun }?.weight
  }

  @Test func areasThatLeftIn2021PersistWithWeightOne() {
    let basis = Fixtures.basis(["2019", "2021"])
    for name in ["Rannebergen", "Klockaretorpet"] {
      let area = basis[name]
      #expect(area?.isListed == false, "\(name) left the list in 2021")
      #expect(area?.areaClass == .uo, "\(name) keeps its last class")
    }
    #expect(basis.tallies(delisted: .persist).reduce(0) { $0 + $1.weight } == 115)
    #expect(basis.tallies(delisted: .drop).reduce(0) { $0 + $1.weight } == 113)
  }

  @Test func theSixAreasThatLeftIn2023KeepTheirWeight() {
    let through2021 = Fixtures.basis(["2019", "2021"])
    let through2023 = Fixtures.basis(["2019", "2021", "2023"])
    let left = ["Älvsjö/Solberga", "Östberga", "Lagersberg", "Edsberg", "Termovägen", "Charlottesborg"]
    for name in left {
      #expect(through2023[name]?.isListed == false, "\(name) left in 2023")
      #expect(through2023[name]?.areaClass == through2021[name]?.areaClass, "\(name) keeps its 2021 class")
    }
    #expect(through2023.areas.filter { !$0.isListed }.count == 8)
  }

  @Test func dropRemovesDelistedAreas() {
    let basis = Fixtures.basis(["2019", "2021", "2023"])
    let dropped = basis.tallies(delisted: .drop)
    #expect(dropped.reduce(0) { $0 + $1.weight } == PoliceLists.totalWeight("2023"))
    #expect(dropped.reduce(0) { $0 + $1.delistedAreas } == 0)
    let persisting = basis.tallies(delisted: .persist)
    #expect(persisting.reduce(0) { $0 + $1.delistedAreas } == 8)
    #expect(weight(basis, "Göteborg", .persist)! - weight(basis, "Göteborg", .drop)! == 1, "Rannebergen")
  }

  @Test func kronogardensRenameIsOneArea() {
    let basis = Fixtures.basis(["2019", "2021", "2023"])
    #expect(basis["Kronogården"] == nil)
    let area = basis["Kronogården/Lextorp/Sylte"]
    #expect(area?.formerNames == ["Kronogården"])
    #expect(area?.isListed == true)
    #expect(area?.enteredIn == "2019")
    #expect(basis.areas.filter { $0.kommun == "Trollhättan" }.count == 1)
  }

  @Test func transitionsRecordWhatChanged() throws {
    let chain = ["2019", "2021", "2023"].map { PoliceLists.edition($0)! }
    let steps = try Basis.build(chain: chain).transitions
    #expect(steps.count == 2)
    #expect(Set(steps[0].left) == ["Rannebergen", "Klockaretorpet"])
    #expect(Set(steps[0].entered) == ["Grantorp/Visättra", "Fisksätra", "Valsta"])
    #expect(steps[0].renamed == [.init(from: "Kronogården", to: "Kronogården/Lextorp/Sylte")])
    #expect(steps[1].left.count == 6)
    #expect(steps[1].entered.count == 4)
  }

  @Test func theEditionsHaveTheOfficialTotals() {
    #expect(PoliceLists.totalWeight("2019") == 114)
    #expect(PoliceLists.totalWeight("2021") == 113)
    #expect(PoliceLists.totalWeight("2023") == 108)
  }

  @Test func anEmptyChainIsAnError() {
    #expect(throws: BasisError.emptyChain) { try Basis.build(chain: []) }
  }
}

extension PoliceLists {
  fileprivate static func totalWeight(_ id: String) -> Double { edition(id)?.totalWeight() ?? .nan }
}
