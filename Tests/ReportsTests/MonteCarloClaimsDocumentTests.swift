import AllocationModel
import Foundation
import MonteCarlo
import Reports
import Testing

/// A Monte Carlo document whose run draws claims: the model with its rule in `uncertainty.claims`, and the
/// changes those of the final amounts.
@Suite struct MonteCarloClaimsDocumentTests {
  static let yaml = """
    name: Drawn claims
    baseline: {year: 2021}
    claims: {redistribution: pro_rata}
    uncertainty:
      draws: 2000
      seed: 11
      claims: {decline_probability: 0.1, wants_more_probability: 0.25}

    """

  @Test func theRecordNamesTheModelAndTheRuleAndTheTextSaysSo() throws {
    let s = try ReportsFixtures.load(Self.yaml)
    let spec = try #require(s.uncertainty)
    var input = SimulationInput(
      basis: s.scenarioBasis, key: s.key, delisted: s.delisted, splits: s.splits, population: s.scenarioPopulation,
      baseline: s.baselineAllocation, uncertainty: spec)
    input.redistribution = try #require(s.claims).claims.redistribution
    let result = try MonteCarloEngine.run(input, options: EngineOptions(threads: 2))
    #expect(result.meanReturnedKr > 0)
    let doc = MonteCarloDocument(scenario: s, result: result, engine: ReportsFixtures.engine)
    #expect(
      doc.uncertainty.claims
        == .init(declineProbability: 0.1, wantsMoreProbability: 0.25, redistribution: .proRata))
    #expect(doc.uncertainty.sentences().contains { $0.hasPrefix("Claims: each kommun claims nothing") })
    let json = try JSONText.encode(doc)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let uncertainty = try #require(object["uncertainty"] as? [String: Any])
    let claims = try #require(uncertainty["claims"] as? [String: Any])
    #expect(claims["redistribution"] as? String == "pro_rata" && claims["decline_probability"] as? Double == 0.1)
    #expect(try JSONText.decode(MonteCarloDocument.self, from: Array(json.utf8)) == doc)
    let returned = try #require(doc.meanReturnedKr)
    #expect(returned == result.meanReturnedKr)
    for k in doc.kommuner {
      #expect(
        k.finalKr
          == FinalAmountDistribution(
            mean: k.baselineKr + k.meanChangeKr, p05: k.baselineKr + k.p05ChangeKr, p50: k.baselineKr + k.p50ChangeKr,
            p95: k.baselineKr + k.p95ChangeKr))
    }
    let total = doc.kommuner.reduce(0) { $0 + ($1.finalKr?.mean ?? 0) } + returned
    #expect(abs(total - Double(s.key.budget)) < 1e-6 * Double(s.key.budget))
    let table = MonteCarloReport.table(doc)
    #expect(table.contains("Claims are drawn: Δ is the change of each kommun's final amount."))
    #expect(table.split(separator: "\n").allSatisfy { $0.count <= 80 })
    let csv = MonteCarloReport.csv(doc).split(separator: "\n")
    #expect(csv[0].hasSuffix(",mean_final_kr,p05_final_kr,p50_final_kr,p95_final_kr"))
    #expect(csv.count == doc.kommuner.count + 1)
    // A kommun that declines in a draw loses its whole amount: the smallest change is minus the baseline.
    #expect(doc.kommuner.allSatisfy { $0.minChangeKr == -$0.baselineKr })
  }
}

extension MonteCarloClaimsDocumentTests {
  @Test func withoutDrawnClaimsNothingAboutThemIsWritten() throws {
    let s = try ReportsFixtures.load(ReportsFixtures.monteCarloYAML)
    let doc = MonteCarloDocument(scenario: s, result: try ReportsFixtures.run(s), engine: ReportsFixtures.engine)
    #expect(doc.meanReturnedKr == nil && doc.uncertainty.claims == nil && doc.kommuner.allSatisfy { $0.finalKr == nil })
    let json = try JSONText.encode(doc)
    for key in ["final_kr", "mean_returned_kr", "\"claims\""] { #expect(!json.contains(key), "\(key)") }
    #expect(!MonteCarloReport.csv(doc).contains("final_kr"))
  }
}
