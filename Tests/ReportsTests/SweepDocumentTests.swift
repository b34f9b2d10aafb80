import AllocationModel
import Foundation
import Reports
import Testing

/// A sweep's steps are written in the scenario file's change syntax, and the document's extremes are its rows'.
@Suite struct SweepDocumentTests {
  static let steps: [ScenarioChange] = [
    .list(.reclassify(area: "Vivalla", to: .ro)), .list(.add(area: "Ny", kommun: "Lund", areaClass: .suo)),
    .list(.delist(area: "Husby")), .list(.relist(area: "Rannebergen", areaClass: .uo)),
    .list(.relist(area: "Rannebergen", areaClass: nil)), .list(.rename(area: "A", to: "B")),
    .list(.split(area: "A", into: [SplitPart(name: "A1", areaClass: .uo), SplitPart(name: "A2", areaClass: .ro)])),
    .population(PopulationChange(kommun: "Örebro", operation: .factor(1.05))),
    .population(PopulationChange(kommun: "Örebro", operation: .set(150_000))),
    .population(PopulationChange(kommun: "Örebro", operation: .add(-200))),
  ]

  @Test func stepsRoundTripInTheChangeSyntax() throws {
    for step in Self.steps {
      let text = try JSONText.encode(SweepStep(step))
      #expect(try JSONText.decode(SweepStep.self, from: Array(text.utf8)).change == step, "\(text)")
    }
    let text = try JSONText.encode(SweepStep(Self.steps[0]))
    #expect(text.filter { !$0.isWhitespace } == #"{"reclassify":{"area":"Vivalla","to":"RO"}}"#)
  }

  @Test func theDocumentsExtremesAreThoseOfItsRows() throws {
    var population: [String: Double] = ["A-stad": 50_000, "B-by": 20_000, "C-köping": 30_000]
    population["D-hamn"] = 10_000
    let basis = Basis(
      areas: [
        BasisArea(name: "a1", kommun: "A-stad", areaClass: .suo, enteredIn: "x"),
        BasisArea(name: "b1", kommun: "B-by", areaClass: .uo, enteredIn: "x"),
        BasisArea(name: "c1", kommun: "C-köping", areaClass: .ro, enteredIn: "x"),
      ], editions: ["x"])
    let base = SweepBase(
      basis: basis, population: population, key: .official(budget: 1_000_000), delisted: .drop, splits: .literal)
    let model = try SweepModel(
      base: base, changes: try SweepSpec(newKommuner: ["D-hamn"], pairs: true).changes(for: base))
    let rows = model.rows()
    let doc = SweepDocument(
      base: .init(
        scenario: nil, file: nil,
        baseline: BaselineRecord(
          year: nil, editions: ["x"], populationDate: "d", populationFile: nil,
          settings: KeySettings(key: base.key, delisted: .persist, splits: .literal)),
        settings: KeySettings(key: base.key, delisted: .drop, splits: .literal), changes: [], kommuner: []),
      model: model, rows: rows,
      timing: .init(
        changes: model.count, kommuner: model.kommuner.count, threads: 1, compileSeconds: 0, evaluateSeconds: 0))
    for (k, kommun) in model.kommuner.enumerated() {
      let column = (0..<model.count).map { rows[$0, k] }
      let extremes = try #require(doc.extremes.first { $0.kommun == kommun })
      #expect(extremes.largestLoss?.changeKr == column.min().flatMap { $0 < 0 ? $0 : nil })
      #expect(extremes.largestGain?.changeKr == column.max().flatMap { $0 > 0 ? $0 : nil })
    }
    // D-hamn is not eligible in the base: it appears only in rows that make it eligible, without a percentage.
    let dRows = doc.changes.filter { $0.kommuner.contains { $0.kommun == "D-hamn" } }
    #expect(!dRows.isEmpty && dRows.allSatisfy { $0.id.contains("D-hamn") })
    #expect(dRows.allSatisfy { $0.kommuner.first { $0.kommun == "D-hamn" }?.changePct == nil })
    let object = try JSONSerialization.jsonObject(with: Data(try JSONText.encode(doc).utf8)) as? [String: Any]
    #expect(Set(object?.keys.map { $0 } ?? []) == ["kind", "base", "changes", "extremes", "timing"])
  }
}
