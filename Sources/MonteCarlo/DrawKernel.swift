import AllocationModel
import FordelaGSL
import Foundation

/// One worker's simulator: its own random stream, GSL tables and scratch, reused for every chunk.
///
/// This is the measured hot loop: no allocation per draw, flat buffers (owned by ``KernelBuffers``),
/// 32 random bits per listed area, GSL's Poisson and alias-table methods (inlined) and an inline
/// ziggurat on the same stream.
final class DrawKernel {
  private let model: CompiledModel
  private let seed: UInt64
  private let stream: RandomStream
  private let landing: DiscreteDistribution?
  private let classes: DiscreteDistribution?
  private let k: Int
  private let buffers: KernelBuffers
  private let normal = NormalZiggurat()

  init(model: CompiledModel, seed: UInt64) throws(GSLError) {
    self.model = model
    self.seed = seed
    stream = try RandomStream(seed: seed, stream: 0)
    landing = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.landingWeights) : nil
    classes = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.classMix) : nil
    k = model.names.count
    buffers = KernelBuffers(model: model)
  }

  /// A probability as a threshold on a 32-bit uniform integer: `P(u < t) = t / 2³²`, within 2⁻³².
  static func threshold(_ p: Double) -> UInt64 { UInt64((min(max(p, 0), 1) * 0x1p32).rounded()) }

  /// Simulates the draws of one chunk and writes each kommun's change to `out[kommun · stride + i]`.
  ///
  /// - Returns: the number of draws in which no area counted (the caller turns any such draw into
  ///   an error).
  func simulate(chunk: Int, draws: Int, out: UnsafeMutablePointer<Double>, stride: Int) -> Int {
    stream.reseed(seed: seed, stream: UInt64(chunk))
    let constants = Constants(model)
    let amount = buffers.amount
    let baseline = buffers.baseline
    var emptyDraws = 0
    for i in 0..<draws {
      if !draw(constants, recordingUnits: false) { emptyDraws += 1 }
      for j in 0..<k { out[j * stride + i] = amount[j] - baseline[j] }
    }
    return emptyDraws
  }

  /// One draw as the kernel made it, valid only inside the closure it is passed to.
  ///
  /// Per kommun (`k` of them, in ``CompiledModel/names`` order): the draw's weight, count of
  /// counting areas, population (0 where no area counts) and amount (unrounded kronor; the change
  /// that ``DrawKernel/simulate(chunk:draws:out:stride:)`` writes is `amount[j] - baseline[j]`).
  /// Per listed unit that may change (`units` of them, in ``CompiledModel/unitKommun`` order): its
  /// class rank after the draw's transition (UO 0, RO 1, SUO 2), or -1 when the draw delisted it
  /// (under `persist` such a unit still counts at its class in the key).
  struct DrawView {
    let weight: UnsafePointer<Double>
    let count: UnsafePointer<Int32>
    let population: UnsafePointer<Double>
    let amount: UnsafePointer<Double>
    let unitClassAfter: UnsafePointer<Int32>
    let units: Int
  }

  /// Makes the draws of one chunk exactly as ``simulate(chunk:draws:out:stride:)`` does (the same
  /// random sequence and arithmetic) and passes each draw to `body` in order.
  ///
  /// The view's pointers are reused for the next draw: copy what must outlive the call.
  func forEachDraw(chunk: Int, draws: Int, _ body: (DrawView) -> Void) {
    stream.reseed(seed: seed, stream: UInt64(chunk))
    let constants = Constants(model)
    let b = buffers
    let view = DrawView(
      weight: UnsafePointer(b.weight), count: UnsafePointer(b.count), population: UnsafePointer(b.population),
      amount: UnsafePointer(b.amount), unitClassAfter: UnsafePointer(b.unitClassAfter), units: constants.units)
    for _ in 0..<draws {
      _ = draw(constants, recordingUnits: true)
      body(view)
    }
  }

  /// One draw as the kernel saw it: each kommun's weight, count of counting areas, population
  /// (0 where none counts) and amount (unrounded kronor).
  struct DrawRecord: Sendable {
    var weight: [Double]
    var count: [Int32]
    var population: [Double]
    var amount: [Double]
  }

  /// The draws of one chunk, as ``simulate(chunk:draws:out:stride:)`` makes them, with their inputs
  /// to the key: for tests that check the kernel's arithmetic against ``Allocation``.
  func records(chunk: Int, draws: Int) -> [DrawRecord] {
    let k = self.k
    var records: [DrawRecord] = []
    records.reserveCapacity(draws)
    forEachDraw(chunk: chunk, draws: draws) { view in
      records.append(
        DrawRecord(
          weight: Array(UnsafeBufferPointer(start: view.weight, count: k)),
          count: Array(UnsafeBufferPointer(start: view.count, count: k)),
          population: Array(UnsafeBufferPointer(start: view.population, count: k)),
          amount: Array(UnsafeBufferPointer(start: view.amount, count: k))))
    }
    return records
  }

  /// What every draw of a run shares, read once per chunk rather than once per draw.
  private struct Constants {
    var units: Int
    var classWeight: (Double, Double, Double)
    var newAreaMean: Double
    /// e^(−mean) for GSL's own small-mean Poisson method, inlined; 0 when larger means go through
    /// `gsl_ran_poisson`.
    var expMinusMean: Double
    var hasGrowth: Bool
    var areaMoney: Double
    var populationMoney: Double

    init(_ model: CompiledModel) {
      units = model.unitKommun.count
      classWeight = (model.classWeight[0], model.classWeight[1], model.classWeight[2])
      newAreaMean = model.newAreaMean
      expMinusMean = newAreaMean <= 10 ? Foundation.exp(-newAreaMean) : 0
      hasGrowth = model.hasGrowth
      areaMoney = model.areaMoney
      populationMoney = model.populationMoney
    }
  }

  /// Draws one hypothetical list and population and fills the buffers' weight, count, population
  /// and amount of every kommun.
  ///
  /// With `recordingUnits` (a constant at each call, so `simulate` pays nothing for it) it also
  /// fills `unitClassAfter`.
  ///
  /// - Returns: whether any area counts (the key needs a total weight above zero).
  @inline(__always)
  private func draw(_ c: Constants, recordingUnits: Bool) -> Bool {
    let b = buffers
    let k = self.k
    let weight = b.weight
    let count = b.count
    let population = b.population
    let growth = b.growth
    let amount = b.amount
    weight.update(from: b.startWeight, count: k)
    count.update(from: b.startCount, count: k)
    @inline(__always) func transition(_ u: Int, _ x: UInt64) {
      guard x >= b.unitStay[u] else {
        if recordingUnits { b.unitClassAfter[u] = b.unitClass[u] }
        return
      }
      var o = KernelBuffers.outcomeSlots * Int(b.unitClass[u])
      while x >= b.outcomeThreshold[o] { o += 1 }
      let kommun = Int(b.unitKommun[u])
      weight[kommun] += b.outcomeWeight[o]
      count[kommun] += b.outcomeCount[o]
      if recordingUnits { b.unitClassAfter[u] = b.outcomeClass[o] }
    }
    // 1. Class changes of listed units: 32 random bits each, two units per 64-bit number.
    var u = 0
    while u < c.units {
      let bits = stream.next()
      transition(u, bits & 0xFFFF_FFFF)
      if u + 1 < c.units { transition(u + 1, bits >> 32) }
      u += 2
    }
    // 2. New areas: a Poisson number, each landing by an alias table, with a class from the mix.
    if c.newAreaMean > 0, let landing, let classes {
      let arrivals =
        c.expMinusMean > 0 ? stream.poissonSmall(expMinusMean: c.expMinusMean) : stream.poisson(mean: c.newAreaMean)
      for _ in 0..<arrivals {
        let kommun = Int(b.landingKommun[stream.discreteInline(landing)])
        let drawn = stream.discreteInline(classes)
        weight[kommun] += drawn == 0 ? c.classWeight.0 : drawn == 1 ? c.classWeight.1 : c.classWeight.2
        count[kommun] += 1
      }
    }
    // 3. Population growth: one Normal per kommun (drawn first, so the loops below vectorise).
    if c.hasGrowth {
      for j in 0..<k { growth[j] = b.growthMean[j] + normal.next(stream) * b.growthSD[j] }
    }
    // 4. The key over the kommuner eligible in this draw (at least one counting area), summed in
    //    name order as `Allocation` sums (adding 0 for the others changes no sum).
    var totalWeight = 0.0
    var totalPopulation = 0.0
    for j in 0..<k {
      let eligible = count[j] > 0
      let p = eligible ? b.basePopulation[j] * Swift.max(1e-9, 1 + growth[j]) : 0
      population[j] = p
      totalPopulation += p
      totalWeight += eligible ? weight[j] : 0
    }
    // Each kommun's parts by `DistributionKey.part`, the arithmetic of `Allocation`, so a draw's
    // amounts are the allocation of its inputs. That costs two divisions a kommun instead of two a
    // draw: the divisions are independent across kommuner and vectorise (two lanes with SSE2), but
    // the divider bounds them: about 17 ns more a draw for 26 kommuner on x86-64, under 4 % of a draw of
    // the standard workload. No cheaper formulation gives the same correctly rounded quotients.
    // A draw without weight is counted by the caller; its divisors are kept finite.
    let areaTotal = totalWeight > 0 ? totalWeight : 1
    let populationTotal = totalPopulation > 0 ? totalPopulation : 1
    for j in 0..<k {
      let areaPart = DistributionKey.part(of: c.areaMoney, weight[j], over: areaTotal)
      let populationPart = DistributionKey.part(of: c.populationMoney, population[j], over: populationTotal)
      amount[j] = (count[j] > 0 ? areaPart : 0) + populationPart
    }
    return totalWeight > 0
  }
}
