/// A base compiled for sweeping: each kommun's weight, population and amount as arrays, and each single step of
/// the sweep as a small delta on one kommun.
///
/// A change is evaluated by applying its steps' deltas to the arrays, recomputing the key's totals and
/// every kommun's amount at the key's rates (``DistributionKey/rate(of:over:)``: one division per step of the
/// key, not one per kommun; equal to ``Allocation``'s amounts but for rounding, tested to within 1e-6 kr), and
/// putting the arrays back: no basis is copied and nothing is allocated per change. A step's delta is computed
/// once, when the model is compiled, by ``Basis/apply(_:)-(ListChange)`` and ``Basis/tallies(delisted:splits:weights:)``
/// on the step's kommun, so the rule of the key stays in one place. The steps of one change must concern
/// different areas (``SweepSpec`` pairs only such changes), so their deltas add.
public struct SweepModel: Sendable {
  /// The kommuner the sweep can touch, in Swedish name order: the eligible ones and any a change makes eligible.
  public let kommuner: [String]
  /// Each kommun's unrounded amount in the base (0 when not eligible).
  public let baseAmount: [Double]
  /// Each kommun's base amount by the sweep's arithmetic (``baseAmount`` but for rounding), which a change's
  /// amounts are compared with, so that a change without effect changes nothing, to the last place.
  let baseAtRates: [Double]
  /// Each kommun's weighted area count in the base.
  let baseWeight: [Double]
  /// Each kommun's number of counting units (areas, or split groups under the technical reading) in the base.
  let baseUnits: [Int32]
  /// Each kommun's population figure (0 when unknown).
  let basePopulation: [Double]
  /// Σ weight over the eligible kommuner of the base.
  let totalWeight: Double
  /// Σ population over the eligible kommuner of the base.
  let totalPopulation: Double
  /// `areaShare · budget`.
  let areaMoney: Double
  /// `(1 − areaShare) · budget`.
  let populationMoney: Double
  /// The kommun (slot) each step changes.
  let stepSlot: [Int32]
  /// The change of the kommun's weight.
  let stepWeight: [Double]
  /// The change of the kommun's number of counting units.
  let stepUnits: [Int32]
  /// The change of the kommun's population figure.
  let stepPopulation: [Double]
  /// Which area (or split group, or kommun's population) each step concerns, as a number: steps with the same key
  /// are never combined.
  let stepKey: [Int32]
  /// The distinct steps, in order of first use.
  public let steps: [ScenarioChange]
  /// Where each change's step indices start in ``changeSteps``; one more entry than there are changes.
  let changeOffsets: [Int32]
  /// The step indices of every change, one change after another.
  let changeSteps: [Int32]
  /// The changes, as enumerated.
  public let changes: [SweepChange]

  /// Compiles a base and its changes; throws for a change that does not apply or cannot be allocated.
  public init(base: SweepBase, changes: [SweepChange]) throws(SweepError) {
    let allocation: Allocation
    do { allocation = try base.allocation() } catch { throw .base(error) }
    var stepIndex: [ScenarioChange: Int32] = [:]
    var steps: [ScenarioChange] = []
    var offsets: [Int32] = [0]
    var changeSteps: [Int32] = []
    for change in changes {
      for step in change.steps {
        if let i = stepIndex[step] {
          changeSteps.append(i)
        } else {
          stepIndex[step] = Int32(steps.count)
          changeSteps.append(Int32(steps.count))
          steps.append(step)
        }
      }
      offsets.append(Int32(changeSteps.count))
    }
    // Each step's effect on its kommun, by the basis's own rules.
    var ids: [ScenarioChange: String] = [:]
    for change in changes where change.steps.count == 1 && ids[change.steps[0]] == nil {
      ids[change.steps[0]] = change.id
    }
    var effects: [(kommun: String, weight: Double, units: Int, population: Double)] = []
    effects.reserveCapacity(steps.count)
    var tallyCache: [String: (weight: Double, units: Int)] = [:]
    func tally(_ basis: Basis, _ kommun: String) -> (weight: Double, units: Int) {
      let own = Basis(areas: basis.areas.filter { $0.kommun == kommun }, editions: basis.editions)
      let t = own.tallies(delisted: base.delisted, splits: base.splits, weights: base.key.weights).first
      return (t?.weight ?? 0, t?.areaCount ?? 0)
    }
    for step in steps {
      let id = ids[step] ?? step.description
      switch step {
      case .list(let change):
        var changed = base.basis
        do { try changed.apply(change) } catch { throw .change(id: id, error) }
        let kommun: String =
          if case .add(_, let k, _) = change { k } else { base.basis[change.area]?.kommun ?? "" }
        let before = tallyCache[kommun] ?? tally(base.basis, kommun)
        tallyCache[kommun] = before
        let after = tally(changed, kommun)
        if before.units == 0, after.units > 0, base.population[kommun] == nil {
          throw .missingPopulation(kommun: kommun, id: id)
        }
        effects.append((kommun, after.weight - before.weight, after.units - before.units, 0))
      case .population(let p):
        var figures = [p.kommun: base.population[p.kommun]].compactMapValues { $0 }
        do { try p.apply(to: &figures) } catch { throw .population(id: id, error) }
        effects.append((p.kommun, 0, 0, (figures[p.kommun] ?? 0) - (base.population[p.kommun] ?? 0)))
      }
    }
    var names = Set(allocation.kommuner.map(\.kommun))
    names.formUnion(effects.map(\.kommun))
    let kommuner = names.sorted(by: SwedishCollation.precedes)
    let slot = Dictionary(uniqueKeysWithValues: kommuner.enumerated().map { ($1, Int32($0)) })
    self.kommuner = kommuner
    baseAmount = kommuner.map { allocation[$0]?.amount ?? 0 }
    baseWeight = kommuner.map { allocation[$0]?.weight ?? 0 }
    baseUnits = kommuner.map { k in Int32(allocation[k] == nil ? 0 : (tallyCache[k] ?? tally(base.basis, k)).units) }
    basePopulation = kommuner.map { allocation[$0]?.population ?? base.population[$0] ?? 0 }
    totalWeight = allocation.totalWeight
    totalPopulation = allocation.totalPopulation
    areaMoney = base.key.areaShare * Double(base.key.budget)
    populationMoney = (1 - base.key.areaShare) * Double(base.key.budget)
    let areaRate = DistributionKey.rate(of: areaMoney, over: totalWeight)
    let populationRate = DistributionKey.rate(of: populationMoney, over: totalPopulation)
    let (weights, units, figures) = (baseWeight, baseUnits, basePopulation)
    baseAtRates = kommuner.indices.map { k in
      guard units[k] > 0 else { return 0 }
      return DistributionKey.share(weights[k], at: areaRate) + DistributionKey.share(figures[k], at: populationRate)
    }
    stepSlot = effects.map { slot[$0.kommun] ?? 0 }
    stepWeight = effects.map(\.weight)
    stepUnits = effects.map { Int32($0.units) }
    stepPopulation = effects.map(\.population)
    var keyIndex: [String: Int32] = [:]
    stepKey = steps.map { step in
      let key = SweepSpec.areaKey(step, in: base)
      if let i = keyIndex[key] { return i }
      keyIndex[key] = Int32(keyIndex.count)
      return Int32(keyIndex.count - 1)
    }
    self.steps = steps
    self.changeOffsets = offsets
    self.changeSteps = changeSteps
    self.changes = changes
    // A change that leaves nothing to divide step 1 by is refused here, not found as NaN later.
    var workspace = SweepWorkspace(self)
    for (c, change) in changes.enumerated() {
      let range = Int(offsets[c])..<Int(offsets[c + 1])
      guard workspace.evaluate(self, steps: changeSteps[range]) else { throw .zeroTotalWeight(id: change.id) }
    }
  }

  /// The number of changes.
  public var count: Int { changes.count }
}

extension SweepModel {
  /// A kommun's weighted area count in the base.
  public func weight(of kommun: Int) -> Double { baseWeight[kommun] }

  /// A kommun's population figure in the base (0 when unknown).
  public func population(of kommun: Int) -> Double { basePopulation[kommun] }
}
