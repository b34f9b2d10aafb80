/// One worker's copy of a ``SweepModel``'s arrays, changed in place by a change's steps and put back after it.
///
/// Made once per worker (or per chunk of changes): evaluating a change allocates nothing.
struct SweepWorkspace {
  /// Each kommun's weight under the change being evaluated.
  var weight: [Double]
  /// Each kommun's population under the change being evaluated.
  var population: [Double]
  /// Each kommun's counting units under the change being evaluated.
  var units: [Int32]
  /// 1 for an eligible kommun, 0 for one that is not.
  var eligible: [Double]
  /// Each kommun's change in kronor, unrounded: the result of the last ``evaluate(_:steps:)``.
  var change: [Double]

  /// A workspace holding the base.
  init(_ model: SweepModel) {
    weight = model.baseWeight
    population = model.basePopulation
    units = model.baseUnits
    eligible = model.baseUnits.map { $0 > 0 ? 1 : 0 }
    change = [Double](repeating: 0, count: model.kommuner.count)
  }

  /// Evaluates one change, given by its step indices, into ``change``; `false` (and ``change`` unset) when the
  /// change leaves a total weight of zero.
  @inline(__always)
  mutating func evaluate<Steps: Collection>(_ model: SweepModel, steps: Steps) -> Bool where Steps.Element == Int32 {
    for s in steps {
      let i = Int(s)
      let k = Int(model.stepSlot[i])
      weight[k] += model.stepWeight[i]
      units[k] += model.stepUnits[i]
      population[k] += model.stepPopulation[i]
    }
    var totalWeight = model.totalWeight
    var totalPopulation = model.totalPopulation
    var position = steps.startIndex
    while position != steps.endIndex {
      let k = Int(model.stepSlot[Int(steps[position])])
      // A kommun two steps touch is counted once.
      if !steps[steps.startIndex..<position].contains(where: { Int(model.stepSlot[Int($0)]) == k }) {
        let isEligible = units[k] > 0
        let wasEligible = model.baseUnits[k] > 0
        totalWeight += (isEligible ? weight[k] : 0) - (wasEligible ? model.baseWeight[k] : 0)
        totalPopulation += (isEligible ? population[k] : 0) - (wasEligible ? model.basePopulation[k] : 0)
        eligible[k] = isEligible ? 1 : 0
      }
      position = steps.index(after: position)
    }
    let ok = totalWeight > 0 && totalPopulation > 0
    if ok {
      let count = change.count
      let areaRate = DistributionKey.rate(of: model.areaMoney, over: totalWeight)
      let populationRate = DistributionKey.rate(of: model.populationMoney, over: totalPopulation)
      weight.withUnsafeBufferPointer { w in
        population.withUnsafeBufferPointer { p in
          eligible.withUnsafeBufferPointer { e in
            model.baseAtRates.withUnsafeBufferPointer { b in
              change.withUnsafeMutableBufferPointer { out in
                for i in 0..<count {
                  let amount =
                    DistributionKey.share(w[i], at: areaRate) + DistributionKey.share(p[i], at: populationRate)
                  out[i] = e[i] * amount - b[i]
                }
              }
            }
          }
        }
      }
    }
    for s in steps {
      let k = Int(model.stepSlot[Int(s)])
      weight[k] = model.baseWeight[k]
      units[k] = model.baseUnits[k]
      population[k] = model.basePopulation[k]
      eligible[k] = model.baseUnits[k] > 0 ? 1 : 0
    }
    return ok
  }
}
