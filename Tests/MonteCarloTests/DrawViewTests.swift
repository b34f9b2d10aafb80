import AllocationModel
import TestSupport
import Testing

@testable import MonteCarlo

/// ``DrawKernel/forEachDraw(chunk:draws:_:)`` against ``DrawKernel/simulate(chunk:draws:out:stride:)``
/// and against the units' class changes it reports.
@Suite struct DrawViewTests {
  @Test func eachDrawsAmountMinusBaselineIsWhatSimulateWrites() throws {
    var rng = SplitMix64(state: 0x7669_6577_5F73_696D)
    var compared = 0
    for scenario in 0..<40 {
      let draws = 96
      let input = RandomSimulationInput.make(draws: draws, using: &rng)
      let model = try CompiledModel(input)
      let kernel = try DrawKernel(model: model, seed: input.uncertainty.seed)
      let k = model.names.count
      let chunk = scenario % 5
      var simulated = [Double](repeating: .nan, count: draws * k)
      let empty = simulated.withUnsafeMutableBufferPointer { out in
        out.baseAddress.map { kernel.simulate(chunk: chunk, draws: draws, out: $0, stride: draws) } ?? -1
      }
      var viewed = [Double](repeating: .nan, count: draws * k)
      var viewedEmpty = 0
      var i = 0
      kernel.forEachDraw(chunk: chunk, draws: draws) { view in
        var total = 0.0
        for j in 0..<k {
          viewed[j * draws + i] = view.amount[j] - model.baseline[j]
          total += view.count[j] > 0 ? view.weight[j] : 0
        }
        if !(total > 0) { viewedEmpty += 1 }
        i += 1
      }
      #expect(i == draws)
      #expect(viewedEmpty == empty, "scenario \(scenario)")
      #expect(viewed.map(\.bitPattern) == simulated.map(\.bitPattern), "scenario \(scenario)")
      compared += 1
    }
    #expect(compared == 40)
  }

  /// Without new areas, each kommun's weight and count are its start plus the changes of its units
  /// as `unitClassAfter` reports them, added in unit order as the kernel adds them.
  @Test func unitClassesAfterTheDrawExplainItsWeightsAndCounts() throws {
    var rng = SplitMix64(state: 0x756E_6974_5F63_6C73)
    var seen = (stayed: 0, changed: 0, delisted: 0, persistDelisted: 0)
    for scenario in 0..<60 {
      var input = RandomSimulationInput.make(draws: 64, using: &rng)
      input.uncertainty.newAreas = nil
      let model = try CompiledModel(input)
      let kernel = try DrawKernel(model: model, seed: input.uncertainty.seed)
      let k = model.names.count
      let units = model.unitKommun.count
      kernel.forEachDraw(chunk: scenario % 3, draws: 64) { view in
        #expect(view.units == units)
        var weight = model.startWeight
        var count = model.startCount
        for u in 0..<units {
          let before = Int(model.unitClass[u])
          let after = Int(view.unitClassAfter[u])
          let j = Int(model.unitKommun[u])
          #expect((-1...2).contains(after))
          if after == before {
            seen.stayed += 1
          } else if after >= 0 {
            seen.changed += 1
            weight[j] += model.classWeight[after] - model.classWeight[before]
          } else if input.delisted == .drop {
            seen.delisted += 1
            weight[j] += -model.classWeight[before]
            count[j] -= 1
          } else {
            seen.persistDelisted += 1
            weight[j] += 0
          }
        }
        for j in 0..<k {
          #expect(view.count[j] == count[j], "scenario \(scenario), \(model.names[j])")
          #expect(view.weight[j].bitPattern == weight[j].bitPattern, "scenario \(scenario), \(model.names[j])")
        }
      }
    }
    #expect(seen.stayed > 0 && seen.changed > 0 && seen.delisted > 0 && seen.persistDelisted > 0, "\(seen)")
  }
}
