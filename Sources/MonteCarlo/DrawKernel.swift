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
    simulate(chunk: chunk, draws: draws, out: out, stride: stride) { _, _, _ in }
  }

  /// Simulates the draws of one chunk like ``simulate(chunk:draws:out:stride:)`` and passes each block
  /// of up to ``KernelBuffers/blockDraws`` draws' changes to `afterBlock(block, blockStride, n)` while
  /// it is in cache (`block[kommun · blockStride + i]` for `i < n`, the block's draws in order).
  func simulate(
    chunk: Int, draws: Int, out: UnsafeMutablePointer<Double>, stride: Int,
    afterBlock: (UnsafePointer<Double>, Int, Int) -> Void
  ) -> Int {
    stream.reseed(seed: seed, stream: UInt64(chunk))
    var rng = RandomStream.State(stream)
    let c = Constants(model, buffers)
    let tables = Tables(landing: landing?.unretained, classes: classes?.unretained)
    let k = self.k
    let block = buffers.changeBlock
    let blockDraws = KernelBuffers.blockDraws
    var emptyDraws = 0
    var first = 0
    while first < draws {
      let n = Swift.min(blockDraws, draws - first)
      for i in 0..<n {
        let counted = draw(
          c, tables, &rng, recordingUnits: false, changes: (block + i, stride: blockDraws), writesChanges: true)
        if !counted { emptyDraws += 1 }
      }
      for j in 0..<k { (out + j * stride + first).update(from: block + j * blockDraws, count: n) }
      afterBlock(block, blockDraws, n)
      first += n
    }
    rng.store(to: stream)
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
    var rng = RandomStream.State(stream)
    let c = Constants(model, buffers)
    let tables = Tables(landing: landing?.unretained, classes: classes?.unretained)
    let b = buffers
    let view = DrawView(
      weight: UnsafePointer(b.weight), count: UnsafePointer(b.count), population: UnsafePointer(b.population),
      amount: UnsafePointer(b.amount), unitClassAfter: UnsafePointer(b.unitClassAfter), units: c.units)
    for _ in 0..<draws {
      _ = draw(c, tables, &rng, recordingUnits: true, changes: (b.amount, stride: 0), writesChanges: false)
      body(view)
    }
    rng.store(to: stream)
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

  /// The alias tables of new areas, without retaining references (binding the kernel's optional
  /// properties in every draw retained and released them each time).
  private struct Tables {
    let landing: DiscreteDistribution.Unretained?
    let classes: DiscreteDistribution.Unretained?
  }

  /// What every draw of a run shares, read once per chunk rather than once per draw: the model's
  /// scalars and the buffers' pointers, so that the loop keeps them in registers or on its own stack.
  private struct Constants {
    var k: Int
    var units: Int
    var newAreaMean: Double
    /// e^(−mean) for GSL's own small-mean Poisson method, inlined; 0 when larger means go through
    /// `gsl_ran_poisson`.
    var expMinusMean: Double
    var hasGrowth: Bool
    var areaMoney: Double
    var populationMoney: Double
    let weight: UnsafeMutablePointer<Double>
    let count: UnsafeMutablePointer<Int32>
    let population: UnsafeMutablePointer<Double>
    let growth: UnsafeMutablePointer<Double>
    let amount: UnsafeMutablePointer<Double>
    let unitClassAfter: UnsafeMutablePointer<Int32>
    let unitBits: UnsafeMutablePointer<UInt64>
    let startWeight: UnsafeMutablePointer<Double>
    let startCount: UnsafeMutablePointer<Int32>
    let basePopulation: UnsafeMutablePointer<Double>
    let growthMean: UnsafeMutablePointer<Double>
    let growthSD: UnsafeMutablePointer<Double>
    let baseline: UnsafeMutablePointer<Double>
    let unitKommun: UnsafeMutablePointer<Int32>
    let unitClass: UnsafeMutablePointer<Int32>
    let unitStay: UnsafeMutablePointer<UInt64>
    let outcomeThreshold: UnsafeMutablePointer<UInt64>
    let outcomeWeight: UnsafeMutablePointer<Double>
    let outcomeCount: UnsafeMutablePointer<Int32>
    let outcomeClass: UnsafeMutablePointer<Int32>
    let landingKommun: UnsafeMutablePointer<Int32>
    let classWeight: UnsafeMutablePointer<Double>

    init(_ model: CompiledModel, _ b: KernelBuffers) {
      k = model.names.count
      units = model.unitKommun.count
      newAreaMean = model.newAreaMean
      expMinusMean = newAreaMean <= 10 ? Foundation.exp(-newAreaMean) : 0
      hasGrowth = model.hasGrowth
      areaMoney = model.areaMoney
      populationMoney = model.populationMoney
      weight = b.weight
      count = b.count
      population = b.population
      growth = b.growth
      amount = b.amount
      unitClassAfter = b.unitClassAfter
      unitBits = b.unitBits
      startWeight = b.startWeight
      startCount = b.startCount
      basePopulation = b.basePopulation
      growthMean = b.growthMean
      growthSD = b.growthSD
      baseline = b.baseline
      unitKommun = b.unitKommun
      unitClass = b.unitClass
      unitStay = b.unitStay
      outcomeThreshold = b.outcomeThreshold
      outcomeWeight = b.outcomeWeight
      outcomeCount = b.outcomeCount
      outcomeClass = b.outcomeClass
      landingKommun = b.landingKommun
      classWeight = b.classWeight
    }
  }

  /// Draws one hypothetical list and population and fills the buffers' weight, count, population
  /// and amount of every kommun, from the generator state `rng` (the chunk's stream, in registers).
  ///
  /// With `recordingUnits` (a constant at each call, so `simulate` pays nothing for it) it also
  /// fills `unitClassAfter`; with `writesChanges` (also a constant) it writes each kommun's change
  /// (amount − baseline) to `changes.0[kommun · changes.stride]`.
  ///
  /// - Returns: whether any area counts (the key needs a total weight above zero).
  @inline(__always)
  private func draw(
    _ c: Constants, _ tables: Tables, _ rng: inout RandomStream.State, recordingUnits: Bool,
    changes: (UnsafeMutablePointer<Double>, stride: Int), writesChanges: Bool
  ) -> Bool {
    let k = c.k
    let weight = c.weight
    let count = c.count
    let population = c.population
    let growth = c.growth
    let amount = c.amount
    weight.update(from: c.startWeight, count: k)
    count.update(from: c.startCount, count: k)
    // 1. Class changes of listed units: 32 random bits each, two units per 64-bit number. A group
    //    of units at a time: first every unit's number and whether it reached the unit's no-change
    //    threshold (a bit of a mask), then the changes of the units that did, in unit order, with
    //    the outcome found by comparisons rather than branches (thresholds are cumulative, so the
    //    outcome is the number of them at or below the unit's number).
    var first = 0
    while first < c.units {
      let n = Swift.min(KernelBuffers.unitGroup, c.units &- first)
      let bits = c.unitBits
      let stay = c.unitStay + first
      var changed: UInt64 = 0
      var i = 0
      while i < n {
        let number = rng.next()
        let low = number & 0xFFFF_FFFF
        let high = number >> 32
        bits[i] = low
        bits[i &+ 1] = high
        changed |= (low >= stay[i] ? 1 : 0) << UInt64(i)
        if i &+ 1 < n { changed |= (high >= stay[i &+ 1] ? 1 : 0) << UInt64(i &+ 1) }
        i &+= 2
      }
      if recordingUnits { (c.unitClassAfter + first).update(from: c.unitClass + first, count: n) }
      while changed != 0 {
        let i = changed.trailingZeroBitCount
        changed &= changed &- 1
        let u = first &+ i
        let x = bits[i]
        let slot = KernelBuffers.outcomeSlots &* Int(c.unitClass[u])
        let threshold = c.outcomeThreshold + slot
        let o =
          slot &+ (x >= threshold[0] ? 1 : 0) &+ (x >= threshold[1] ? 1 : 0) &+ (x >= threshold[2] ? 1 : 0)
        let kommun = Int(c.unitKommun[u])
        weight[kommun] += c.outcomeWeight[o]
        count[kommun] &+= c.outcomeCount[o]
        if recordingUnits { c.unitClassAfter[u] = c.outcomeClass[o] }
      }
      first &+= n
    }
    // 2. New areas: a Poisson number, each landing by an alias table, with a class from the mix.
    if c.newAreaMean > 0, let landing = tables.landing, let classes = tables.classes {
      let arrivals =
        c.expMinusMean > 0
        ? rng.poissonSmall(expMinusMean: c.expMinusMean)
        : stream.withStream(&rng) { $0.poisson(mean: c.newAreaMean) }
      for _ in 0..<arrivals {
        let kommun = Int(c.landingKommun[rng.discreteInline(landing)])
        let drawn = rng.discreteInline(classes)
        weight[kommun] += c.classWeight[drawn]
        count[kommun] &+= 1
      }
    }
    // 3. Population growth: one Normal per kommun (drawn first, so the loops below vectorise).
    if c.hasGrowth {
      for j in 0..<k { growth[j] = c.growthMean[j] + normal.next(&rng) * c.growthSD[j] }
    }
    // 4. The key over the kommuner eligible in this draw (at least one counting area), summed in
    //    name order as `Allocation` sums (adding 0 for the others changes no sum).
    var totalWeight = 0.0
    var totalPopulation = 0.0
    for j in 0..<k {
      let eligible = count[j] > 0
      let p = eligible ? c.basePopulation[j] * Swift.max(1e-9, 1 + growth[j]) : 0
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
      let value = (count[j] > 0 ? areaPart : 0) + populationPart
      amount[j] = value
      if writesChanges { changes.0[j &* changes.stride] = value - c.baseline[j] }
    }
    return totalWeight > 0
  }
}
