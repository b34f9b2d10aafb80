import AllocationModel
import MonteCarlo
import Testing

@testable import Reports

/// The precision record and the 95 % intervals in a Monte Carlo document: read back as written, and said in
/// words for either way a run stops.
@Suite struct PrecisionRecordTests {
  static func document(precisionKr: Double) throws -> MonteCarloDocument {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    var result = try ReportsFixtures.run(s)
    result.precision = PrecisionOutcome(
      targetKr: precisionKr, maximumDraws: 400, checks: [400], reached: precisionKr > 1e6, meanHalfWidthKr: 1234.5,
      meanKommun: "Malmö", p05HalfWidthKr: 20_000.2, p05Kommun: "Örebro")
    return MonteCarloDocument(scenario: s, result: result, engine: ReportsFixtures.engine)
  }

  @Test func aDocumentWithAPrecisionReadsBackAsItself() throws {
    let doc = try Self.document(precisionKr: 5e6)
    let text = try JSONText.encode(doc)
    #expect(try JSONText.decode(MonteCarloDocument.self, from: Array(text.utf8)) == doc)
    #expect(text.contains("\"stopped_by\"") && text.contains("\"ci95_kr\""))
    #expect(doc.precision?.stoppedBy == .precision)
    #expect(doc.precision?.drawsUsed == 400 && doc.precision?.maxDraws == 400)
    for row in doc.kommuner {
      let ci = try #require(row.ci95Kr)
      #expect(ci.mean[0] <= row.meanChangeKr && row.meanChangeKr <= ci.mean[1])
      // 400 draws: every quantile has an interval (p01 and p99 need 367).
      #expect(ci.quantiles.allSatisfy { $0.interval != nil })
    }
  }

  @Test func bothWaysOfStoppingAreSaid() throws {
    let reached = try #require(try Self.document(precisionKr: 5e6).precision)
    #expect(
      reached.sentence
        == "Stopped by the precision at 400 of at most 400 draws: every kommun's mean and p5 are known to within "
        + "±5 000 000 kr at 95 % (widest: mean ±1 235 kr, Malmö; p5 ±20 001 kr, Örebro).")
    let missed = try #require(try Self.document(precisionKr: 2_500.5).precision)
    #expect(missed.stoppedBy == .maxDraws)
    #expect(missed.sentence.hasPrefix("The maximum of 400 draws was reached WITHOUT the precision of ±2500.5 kr"))
    let table = MonteCarloReport.table(try Self.document(precisionKr: 2_500.5))
    #expect(table.contains("The maximum of 400 draws was reached WITHOUT the precision of ±2500.5 kr at"))
    #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 })
    #expect(MonteCarloReport.wrap(String(repeating: "ord ", count: 40)).split(separator: "\n").count == 2)
  }

  @Test func documentsWithoutIntervalsStillRead() throws {
    // A document written before the intervals: no "ci95_kr" in its rows, no "precision".
    let doc = try Self.document(precisionKr: 5e6)
    var old = doc
    old.precision = nil
    for i in old.kommuner.indices { old.kommuner[i].ci95Kr = nil }
    let text = try JSONText.encode(old)
    #expect(!text.contains("ci95_kr") && !text.contains("\"precision\""))
    #expect(try JSONText.decode(MonteCarloDocument.self, from: Array(text.utf8)) == old)
    #expect(MonteCarloReport.csv(old).split(separator: "\n")[1].hasSuffix(String(repeating: ",", count: 16)))
  }
}
