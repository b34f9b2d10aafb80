import FordelaGSL
import Foundation

/// One worker's simulator: its own random stream, GSL tables and scratch, reused for every chunk.
///
/// This is the measured hot loop: no allocation per draw, flat buffers, 32 random bits per listed
/// area, GSL's Poisson and alias-table methods (inlined) and an inline ziggurat on the same stream.
final class DrawKernel {
  private let model: CompiledModel
  private let seed: UInt64
  private let stream: RandomStream
  private let landing: DiscreteDistribution?
  private let classes: DiscreteDistribution?
  private let k: Int
  private let weight: UnsafeMutablePointer<Double>
  private let count: UnsafeMutablePointer<Int32>
  private let population: UnsafeMutablePointer<Double>
  private let growth: UnsafeMutablePointer<Double>
  private let mask: UnsafeMutablePointer<Double>
  private let row: UnsafeMutablePointer<Double>
  private let unitKommun: UnsafeMutablePointer<Int32>
  private let unitClass: UnsafeMutablePointer<Int32>
  /// Each listed unit's no-change threshold on a 32-bit uniform.
  private let unitStay: UnsafeMutablePointer<UInt64>
  /// Per class rank, up to four outcomes: 32-bit thresholds (cumulative), weight and count changes.
  private let outcomeThreshold: UnsafeMutablePointer<UInt64>
  private let outcomeWeight: UnsafeMutablePointer<Double>
  private let outcomeCount: UnsafeMutablePointer<Int32>
  private let normal = NormalZiggurat()
  private let flat: FlatModel

  /// Copies of the model's arrays as raw pointers, so the loop has no bounds checks or retains.
  private struct FlatModel {
    var startWeight: UnsafeMutablePointer<Double>
    var startCount: UnsafeMutablePointer<Int32>
    var population: UnsafeMutablePointer<Double>
    var growthMean: UnsafeMutablePointer<Double>
    var growthSD: UnsafeMutablePointer<Double>
    var baseline: UnsafeMutablePointer<Double>
    var landingKommun: UnsafeMutablePointer<Int32>
  }

  init(model: CompiledModel, seed: UInt64) throws(GSLError) {
    self.model = model
    self.seed = seed
    stream = try RandomStream(seed: seed, stream: 0)
    landing = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.landingWeights) : nil
    classes = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.classMix) : nil
    k = model.names.count
    weight = .allocate(capacity: k)
    count = .allocate(capacity: k)
    population = .allocate(capacity: k)
    growth = .allocate(capacity: k)
    growth.initialize(repeating: 0, count: k)
    mask = .allocate(capacity: k)
    row = .allocate(capacity: k)
    unitKommun = Self.copy(model.unitKommun)
    unitClass = Self.copy(model.unitClass)
    unitStay = Self.copy(model.unitClass.map { Self.threshold(model.stay[Int($0)]) })
    var thresholds = [UInt64](repeating: UInt64.max, count: 12)
    var deltas = [Double](repeating: 0, count: 12)
    var counts = [Int32](repeating: 0, count: 12)
    for (c, list) in model.outcomes.enumerated() {
      for (o, outcome) in list.enumerated() {
        thresholds[4 * c + o] = outcome.cumulative.isInfinite ? UInt64.max : Self.threshold(outcome.cumulative)
        deltas[4 * c + o] = outcome.weightDelta
        counts[4 * c + o] = outcome.countDelta
      }
    }
    outcomeThreshold = Self.copy(thresholds)
    outcomeWeight = Self.copy(deltas)
    outcomeCount = Self.copy(counts)
    flat = FlatModel(
      startWeight: Self.copy(model.startWeight), startCount: Self.copy(model.startCount),
      population: Self.copy(model.population), growthMean: Self.copy(model.growthMean),
      growthSD: Self.copy(model.growthSD), baseline: Self.copy(model.baseline),
      landingKommun: Self.copy(model.landingKommun.isEmpty ? [0] : model.landingKommun))
  }

  deinit {
    for p in [
      weight, population, growth, mask, row, flat.startWeight, flat.population, flat.growthMean, flat.growthSD,
      flat.baseline,
    ] {
      p.deallocate()
    }
    for p in [count, unitKommun, unitClass, flat.startCount, flat.landingKommun, outcomeCount] { p.deallocate() }
    unitStay.deallocate()
    outcomeThreshold.deallocate()
    outcomeWeight.deallocate()
  }

  /// A probability as a threshold on a 32-bit uniform integer: `P(u < t) = t / 2³²`, within 2⁻³².
  static func threshold(_ p: Double) -> UInt64 { UInt64((min(max(p, 0), 1) * 0x1p32).rounded()) }

  private static func copy<T>(_ array: [T]) -> UnsafeMutablePointer<T> {
    let p = UnsafeMutablePointer<T>.allocate(capacity: max(array.count, 1))
    if !array.isEmpty { p.initialize(from: array, count: array.count) }
    return p
  }

  /// Simulates the draws of one chunk and writes each kommun's change to `out[kommun · stride + i]`.
  ///
  /// - Returns: the number of draws in which no area counted (their changes are written as if
  ///   step 1 paid nothing; the caller turns any such draw into an error).
  func simulate(chunk: Int, draws: Int, out: UnsafeMutablePointer<Double>, stride: Int) -> Int {
    stream.reseed(seed: seed, stream: UInt64(chunk))
    let k = self.k
    let units = model.unitKommun.count
    let classWeight = (model.classWeight[0], model.classWeight[1], model.classWeight[2])
    let newAreaMean = model.newAreaMean
    // GSL's own small-mean Poisson method, inlined; larger means go through `gsl_ran_poisson`.
    let expMinusMean = newAreaMean <= 10 ? Foundation.exp(-newAreaMean) : 0
    let hasGrowth = model.hasGrowth
    let growth = self.growth
    let mask = self.mask
    let row = self.row
    let population = self.population
    let weight = self.weight
    let count = self.count
    let areaMoney = model.areaMoney
    let populationMoney = model.populationMoney
    var emptyDraws = 0
    @inline(__always) func transition(_ u: Int, _ x: UInt64) {
      guard x >= unitStay[u] else { return }
      let base = 4 * Int(unitClass[u])
      var o = base
      while x >= outcomeThreshold[o] { o += 1 }
      let kommun = Int(unitKommun[u])
      weight[kommun] += outcomeWeight[o]
      count[kommun] += outcomeCount[o]
    }
    for i in 0..<draws {
      weight.update(from: flat.startWeight, count: k)
      count.update(from: flat.startCount, count: k)
      // 1. Class changes of listed units: 32 random bits each, two units per 64-bit number.
      var u = 0
      while u < units {
        let bits = stream.next()
        transition(u, bits & 0xFFFF_FFFF)
        if u + 1 < units { transition(u + 1, bits >> 32) }
        u += 2
      }
      // 2. New areas: a Poisson number, each landing by an alias table, with a class from the mix.
      if newAreaMean > 0 {
        let arrivals =
          expMinusMean > 0 ? stream.poissonSmall(expMinusMean: expMinusMean) : stream.poisson(mean: newAreaMean)
        for _ in 0..<arrivals {
          let kommun = Int(flat.landingKommun[stream.discreteInline(landing!)])
          let c = stream.discreteInline(classes!)
          let w = c == 0 ? classWeight.0 : c == 1 ? classWeight.1 : classWeight.2
          weight[kommun] += w
          count[kommun] += 1
        }
      }
      // 3. Population growth: one Normal per kommun (drawn first, so the loops below vectorise).
      if hasGrowth {
        for j in 0..<k { growth[j] = flat.growthMean[j] + normal.next(stream) * flat.growthSD[j] }
      }
      // 4. The key over the kommuner eligible in this draw (at least one counting area).
      var totalWeight = 0.0
      var totalPopulation = 0.0
      for j in 0..<k {
        let eligible: Double = count[j] > 0 ? 1 : 0
        let p = eligible * flat.population[j] * Swift.max(1e-9, 1 + growth[j])
        population[j] = p
        mask[j] = eligible
        totalPopulation += p
        totalWeight += eligible * weight[j]
      }
      if totalWeight <= 0 { emptyDraws += 1 }
      // Two divisions a draw instead of two a kommun (measured); equal to `Allocation` within rounding.
      let areaFactor = totalWeight > 0 ? areaMoney / totalWeight : 0
      let populationFactor = totalPopulation > 0 ? populationMoney / totalPopulation : 0
      for j in 0..<k {
        row[j] = mask[j] * (areaFactor * weight[j]) + populationFactor * population[j] - flat.baseline[j]
      }
      for j in 0..<k { out[j * stride + i] = row[j] }
    }
    return emptyDraws
  }
}
