import AllocationModel
import FordelaGSL
import Foundation

/// One worker's simulator of multi-year paths: each draw is ``updates`` list updates in a row, each one
/// applying the uncertainty model to the list the previous update left.
///
/// A second kernel beside ``DrawKernel``, so that the one-update hot loop stays as it is. It uses the same
/// tables (``KernelBuffers``), random methods and arithmetic of the key, and carries from update to update
/// what a path changes: each listed unit's class, the units that left the list (they stop changing; under
/// `persist` they keep counting at their last class, under `drop` they are gone), the new areas (listed
/// units from the next update on) and the populations, which compound. No allocation per draw: the path's
/// units live in buffers that grow only when a path holds more arrivals than any before it.
final class PathKernel {
  private let seed: UInt64
  private let updates: Int
  private let stream: RandomStream
  private let landing: DiscreteDistribution?
  private let classes: DiscreteDistribution?
  private let k: Int
  private let buffers: KernelBuffers
  private let normal = NormalZiggurat()
  private let newAreaMean: Double
  /// e^(−mean) for the inlined small-mean Poisson method; 0 when larger means go through `gsl_ran_poisson`.
  private let expMinusMean: Double
  private let hasGrowth: Bool
  private let areaMoney: Double
  private let populationMoney: Double
  /// Whether listed units change class, so that new areas must join the path's units.
  private let reclassifies: Bool
  /// The units that may change at the start of a path (the model's).
  private let startUnits: Int
  /// Per class rank, the no-change threshold on a 32-bit uniform.
  private let stayByClass: UnsafeMutablePointer<UInt64>
  /// Per kommun, the path's population (compounded update by update).
  private let pathPopulation: UnsafeMutablePointer<Double>
  /// A block of ``KernelBuffers/blockDraws`` paths' changes, `block[(update · k + kommun) · blockDraws + i]`.
  private let changeBlock: UnsafeMutablePointer<Double>
  /// The path's units that may change: kommun, class rank and no-change threshold (`UInt64.max` once
  /// off the list, so that they never change again), `capacity` of each.
  private var capacity: Int
  private var unitKommun: UnsafeMutablePointer<Int32>
  private var unitClass: UnsafeMutablePointer<Int32>
  private var unitStay: UnsafeMutablePointer<UInt64>
  /// The start's units that a path changed (class and threshold), restored from the model after the path
  /// instead of copying every unit before each path; at most one entry per unit and update.
  private let dirty: UnsafeMutablePointer<Int32>

  /// A kernel for `updates` list updates per draw of `model`.
  init(model: CompiledModel, reclassifies: Bool, updates: Int, seed: UInt64) throws(GSLError) {
    self.seed = seed
    self.updates = updates
    self.reclassifies = reclassifies
    stream = try RandomStream(seed: seed, stream: 0)
    landing = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.landingWeights) : nil
    classes = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.classMix) : nil
    k = model.names.count
    buffers = KernelBuffers(model: model)
    newAreaMean = model.newAreaMean
    expMinusMean = newAreaMean <= 10 ? Foundation.exp(-newAreaMean) : 0
    hasGrowth = model.hasGrowth
    areaMoney = model.areaMoney
    populationMoney = model.populationMoney
    startUnits = model.unitKommun.count
    stayByClass = .allocate(capacity: model.stay.count)
    stayByClass.initialize(from: model.stay.map(DrawKernel.threshold), count: model.stay.count)
    pathPopulation = .allocate(capacity: max(k, 1))
    pathPopulation.initialize(repeating: 0, count: max(k, 1))
    changeBlock = .allocate(capacity: max(updates * k * KernelBuffers.blockDraws, 1))
    changeBlock.initialize(repeating: 0, count: max(updates * k * KernelBuffers.blockDraws, 1))
    // Room for the start's units and, per update, well above the mean number of arrivals.
    capacity = max(startUnits + updates * Int(min(4 * newAreaMean + 16, 100_000)), KernelBuffers.unitGroup)
    unitKommun = .allocate(capacity: capacity)
    unitClass = .allocate(capacity: capacity)
    unitStay = .allocate(capacity: capacity)
    unitKommun.initialize(from: buffers.unitKommun, count: startUnits)
    unitClass.initialize(from: buffers.unitClass, count: startUnits)
    unitStay.initialize(from: buffers.unitStay, count: startUnits)
    dirty = .allocate(capacity: max(updates * startUnits, 1))
  }

  deinit {
    stayByClass.deallocate()
    pathPopulation.deallocate()
    changeBlock.deallocate()
    unitKommun.deallocate()
    unitClass.deallocate()
    unitStay.deallocate()
    dirty.deallocate()
  }

  /// Simulates the paths of one chunk and writes each update's change of each kommun to
  /// `out[(update · k + kommun) · stride + i]` (updates from 0), passing each block of up to
  /// ``KernelBuffers/blockDraws`` paths' changes to `afterBlock(block, blockStride, n)` while it is in cache
  /// (`block[(update · k + kommun) · blockStride + i]`), as ``DrawKernel`` does with one update's.
  ///
  /// - Returns: the number of updates, over all paths, in which no area counted.
  func simulate(
    chunk: Int, draws: Int, out: UnsafeMutablePointer<Double>, stride: Int,
    afterBlock: (UnsafePointer<Double>, Int, Int) -> Void = { _, _, _ in }
  ) -> Int {
    stream.reseed(seed: seed, stream: UInt64(chunk))
    var rng = RandomStream.State(stream)
    let tables = Tables(landing: landing?.unretained, classes: classes?.unretained)
    let c = Constants(self)
    let k = self.k
    let columns = updates * k
    let block = changeBlock
    let blockDraws = KernelBuffers.blockDraws
    let amount = buffers.amount
    let baseline = buffers.baseline
    var empty = 0
    var first = 0
    while first < draws {
      let n = Swift.min(blockDraws, draws - first)
      for i in 0..<n {
        empty += path(c, &rng, tables) { t in
          let column = block + t * k * blockDraws + i
          for j in 0..<k { column[j &* blockDraws] = amount[j] - baseline[j] }
        }
      }
      for column in 0..<columns {
        (out + column * stride + first).update(from: block + column * blockDraws, count: n)
      }
      afterBlock(block, blockDraws, n)
      first += n
    }
    rng.store(to: stream)
    return empty
  }

  /// One update of a path as the kernel made it, valid only inside the closure it is passed to: per
  /// kommun (in ``CompiledModel/names`` order) its weight, count of counting areas, population (0 where
  /// no area counts) and amount (unrounded kronor).
  struct UpdateView {
    let update: Int
    let weight: UnsafePointer<Double>
    let count: UnsafePointer<Int32>
    let population: UnsafePointer<Double>
    let amount: UnsafePointer<Double>
  }

  /// Makes the paths of one chunk exactly as ``simulate(chunk:draws:out:stride:)`` does and passes each
  /// update of each path to `body` in order (for tests of the path's rules and arithmetic).
  func forEachUpdate(chunk: Int, draws: Int, _ body: (UpdateView) -> Void) {
    stream.reseed(seed: seed, stream: UInt64(chunk))
    var rng = RandomStream.State(stream)
    let tables = Tables(landing: landing?.unretained, classes: classes?.unretained)
    let b = buffers
    let c = Constants(self)
    for _ in 0..<draws {
      _ = path(c, &rng, tables) { t in
        body(
          UpdateView(
            update: t, weight: UnsafePointer(b.weight), count: UnsafePointer(b.count),
            population: UnsafePointer(b.population), amount: UnsafePointer(b.amount)))
      }
    }
    rng.store(to: stream)
  }

  /// The alias tables of new areas, without retaining references.
  private struct Tables {
    let landing: DiscreteDistribution.Unretained?
    let classes: DiscreteDistribution.Unretained?
  }

  /// What every path of a chunk shares, read once per chunk rather than once per update: the model's
  /// scalars and the buffers' pointers, so that the loops keep them in registers (as in ``DrawKernel``).
  private struct Constants {
    let k: Int
    let newAreaMean: Double
    let expMinusMean: Double
    let hasGrowth: Bool
    let reclassifies: Bool
    let areaMoney: Double
    let populationMoney: Double
    let weight: UnsafeMutablePointer<Double>
    let count: UnsafeMutablePointer<Int32>
    let population: UnsafeMutablePointer<Double>
    let growth: UnsafeMutablePointer<Double>
    let amount: UnsafeMutablePointer<Double>
    let unitBits: UnsafeMutablePointer<UInt64>
    let startWeight: UnsafeMutablePointer<Double>
    let startCount: UnsafeMutablePointer<Int32>
    let basePopulation: UnsafeMutablePointer<Double>
    let growthMean: UnsafeMutablePointer<Double>
    let growthSD: UnsafeMutablePointer<Double>
    let unitKommun: UnsafeMutablePointer<Int32>
    let unitClass: UnsafeMutablePointer<Int32>
    let unitStay: UnsafeMutablePointer<UInt64>
    let outcomeThreshold: UnsafeMutablePointer<UInt64>
    let outcomeWeight: UnsafeMutablePointer<Double>
    let outcomeCount: UnsafeMutablePointer<Int32>
    let outcomeClass: UnsafeMutablePointer<Int32>
    let landingKommun: UnsafeMutablePointer<Int32>
    let classWeight: UnsafeMutablePointer<Double>
    let stayByClass: UnsafeMutablePointer<UInt64>
    let pathPopulation: UnsafeMutablePointer<Double>

    init(_ kernel: PathKernel) {
      let b = kernel.buffers
      k = kernel.k
      newAreaMean = kernel.newAreaMean
      expMinusMean = kernel.expMinusMean
      hasGrowth = kernel.hasGrowth
      reclassifies = kernel.reclassifies
      areaMoney = kernel.areaMoney
      populationMoney = kernel.populationMoney
      weight = b.weight
      count = b.count
      population = b.population
      growth = b.growth
      amount = b.amount
      unitBits = b.unitBits
      startWeight = b.startWeight
      startCount = b.startCount
      basePopulation = b.basePopulation
      growthMean = b.growthMean
      growthSD = b.growthSD
      unitKommun = b.unitKommun
      unitClass = b.unitClass
      unitStay = b.unitStay
      outcomeThreshold = b.outcomeThreshold
      outcomeWeight = b.outcomeWeight
      outcomeCount = b.outcomeCount
      outcomeClass = b.outcomeClass
      landingKommun = b.landingKommun
      classWeight = b.classWeight
      stayByClass = kernel.stayByClass
      pathPopulation = kernel.pathPopulation
    }
  }

  /// Makes room for at least one more unit, keeping the path's units.
  private func grow(holding units: Int) {
    let larger = 2 * capacity
    func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
      let new = UnsafeMutablePointer<T>.allocate(capacity: larger)
      new.moveInitialize(from: old, count: units)
      old.deallocate()
      return new
    }
    unitKommun = moved(unitKommun)
    unitClass = moved(unitClass)
    unitStay = moved(unitStay)
    capacity = larger
  }

  /// Draws one path from the generator state `rng` and calls `afterUpdate(t)` after update `t` (from 0),
  /// with the buffers' weight, count, population and amount of every kommun filled for that update.
  ///
  /// - Returns: the number of the path's updates in which no area counted.
  @inline(__always)
  private func path(
    _ c: Constants, _ rng: inout RandomStream.State, _ tables: Tables, _ afterUpdate: (Int) -> Void
  ) -> Int {
    let k = c.k
    let weight = c.weight
    let count = c.count
    let population = c.population
    let growth = c.growth
    let amount = c.amount
    weight.update(from: c.startWeight, count: k)
    count.update(from: c.startCount, count: k)
    c.pathPopulation.update(from: c.basePopulation, count: k)
    // The start's units are as the model has them (the previous path restored those it changed); the
    // arrivals of the previous path are overwritten.
    var units = startUnits
    let startUnits = units
    let dirty = self.dirty
    var dirtyCount = 0
    var empty = 0
    for t in 0..<updates {
      // 1. Class changes of the path's listed units, as in `DrawKernel`: 32 random bits each, a group
      //    at a time. A unit that leaves the list gets a threshold it never reaches.
      let kommunOf = unitKommun
      let classOf = unitClass
      let stayOf = unitStay
      var first = 0
      while first < units {
        let n = Swift.min(KernelBuffers.unitGroup, units &- first)
        let bits = c.unitBits
        let stay = stayOf + first
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
        while changed != 0 {
          let i = changed.trailingZeroBitCount
          changed &= changed &- 1
          let u = first &+ i
          let x = bits[i]
          let slot = KernelBuffers.outcomeSlots &* Int(classOf[u])
          let threshold = c.outcomeThreshold + slot
          let o =
            slot &+ (x >= threshold[0] ? 1 : 0) &+ (x >= threshold[1] ? 1 : 0) &+ (x >= threshold[2] ? 1 : 0)
          let kommun = Int(kommunOf[u])
          weight[kommun] += c.outcomeWeight[o]
          count[kommun] &+= c.outcomeCount[o]
          let to = c.outcomeClass[o]
          if u < startUnits {
            dirty[dirtyCount] = Int32(truncatingIfNeeded: u)
            dirtyCount &+= 1
          }
          if to >= 0 {
            classOf[u] = to
            stayOf[u] = c.stayByClass[Int(to)]
          } else {
            stayOf[u] = UInt64.max
          }
        }
        first &+= n
      }
      // 2. New areas: a Poisson number, each landing by the alias table with a class from the mix; each
      //    is a listed unit of the path from the next update on.
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
          if c.reclassifies {
            if units == capacity { grow(holding: units) }
            unitKommun[units] = Int32(kommun)
            unitClass[units] = Int32(drawn)
            unitStay[units] = c.stayByClass[drawn]
            units &+= 1
          }
        }
      }
      // 3. Population growth: one Normal per kommun, compounding on the previous update's population.
      if c.hasGrowth {
        for j in 0..<k { growth[j] = c.growthMean[j] + normal.next(&rng) * c.growthSD[j] }
        for j in 0..<k { c.pathPopulation[j] *= Swift.max(1e-9, 1 + growth[j]) }
      }
      // 4. The key over the kommuner eligible after this update, with `DrawKernel`'s arithmetic.
      var totalWeight = 0.0
      var totalPopulation = 0.0
      for j in 0..<k {
        let eligible = count[j] > 0
        let p = eligible ? c.pathPopulation[j] : 0
        population[j] = p
        totalPopulation += p
        totalWeight += eligible ? weight[j] : 0
      }
      let areaTotal = totalWeight > 0 ? totalWeight : 1
      let populationTotal = totalPopulation > 0 ? totalPopulation : 1
      for j in 0..<k {
        let areaPart = DistributionKey.part(of: c.areaMoney, weight[j], over: areaTotal)
        let populationPart = DistributionKey.part(of: c.populationMoney, population[j], over: populationTotal)
        amount[j] = (count[j] > 0 ? areaPart : 0) + populationPart
      }
      if !(totalWeight > 0) { empty += 1 }
      afterUpdate(t)
    }
    for i in 0..<dirtyCount {
      let u = Int(dirty[i])
      unitClass[u] = c.unitClass[u]
      unitStay[u] = c.unitStay[u]
    }
    return empty
  }
}
