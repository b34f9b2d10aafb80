import AllocationModel
import EmbeddedData
import Foundation
import ScenarioFormat
import TestSupport
import Testing

/// Every file in `scenarios/` loads, starts with a comment, and answers its question.
@Suite struct ShippedScenarioTests {
  @Test func everyShippedScenarioResolves() throws {
    let files = ScenarioTestSupport.shipped
    #expect(files.count >= 11)
    for url in files {
      let name = "scenarios/\(url.lastPathComponent)"
      do {
        let scenario = try ScenarioTestSupport.load(url: url, as: name)
        #expect(scenario.scenarioAllocation.totalRounded == scenario.key.budget, "\(name)")
        #expect(scenario.baselineAllocation.totalRounded == scenario.baseline.budget, "\(name)")
      } catch {
        Issue.record("\(name): \(error)")
      }
    }
  }

  @Test func everyShippedScenarioStartsWithAQuestion() throws {
    for url in ScenarioTestSupport.shipped {
      let text = try String(contentsOf: url, encoding: .utf8)
      #expect(text.hasPrefix("# Question:"), "\(url.lastPathComponent)")
    }
  }
}
