import AllocationModel
import FordelaGSL
import Foundation

/// One worker's evaluator for a variance decomposition: each draw's sources of uncertainty in two
/// independent samples (the matrices A and B), and the key of every combination the Sobol estimators need.
///
/// Each source of each draw of each matrix has its own random stream, seeded from (seed, draw, matrix,
/// source) by ``streamIndex(draw:matrix:source:)``, so a source's sample does not depend on which other
/// sources the run has, on the chunking or on the thread. A draw's sources are drawn once per matrix
/// (reclassification and new areas as changes of each kommun's weight and count, growth as each
/// kommun's rate, claims as each kommun's 64-bit number for ``ClaimsKernel``); an evaluation then picks
/// each source from A or B: A, B, and for each source i A_B^(i), which takes source i from B and the rest
/// from A. With claims, an evaluation's value is each kommun's final amount by the claims rule (the
/// quantity a claims run reports), else its amount. The standard one-update kernel (``DrawKernel``) is
/// untouched; this path is used only when a decomposition is asked for.
final class DecompositionKernel {
  private let model: CompiledModel
  private let seed: UInt64
  private let sources: [UncertaintySpec.DecompositionSource]
  private let stream: RandomStream
  private let landing: DiscreteDistribution?
  private let classes: DiscreteDistribution?
  private let k: Int
  /// The model's arrays and the evaluation's scratch (weight, count, population, amount).
  private let buffers: KernelBuffers
  private let normal = NormalZiggurat()
  /// e^(−mean) of the new areas' Poisson number, for GSL's small-mean method inlined (means up to 10).
  private let expMinusMean: Double
  /// Per matrix (A then B), each kommun's change of weight and count from reclassification and from new
  /// areas, and its growth rate: `[matrix · k + kommun]`.
  private let reclassWeight: UnsafeMutablePointer<Double>
  private let reclassCount: UnsafeMutablePointer<Int32>
  private let newWeight: UnsafeMutablePointer<Double>
  private let newCount: UnsafeMutablePointer<Int32>
  private let growthRate: UnsafeMutablePointer<Double>
  /// The claims rule when the model draws claims (its own stream unused: the numbers come from
  /// ``claimsBits``), each kommun's number per matrix `[matrix · k + kommun]`, and an evaluation's finals.
  private let claims: ClaimsKernel?
  private let claimsBits: UnsafeMutablePointer<UInt64>
  private let final: UnsafeMutablePointer<Double>

  /// The first stream index of decomposition streams, far from the standard run's (the chunk numbers).
  static let streamBase: UInt64 = 0xDEC0_0000_0000_0000

  /// The stream of one source (its position in ``UncertaintySpec/DecompositionSource/allCases``) of one
  /// draw of one matrix (0: A, 1: B). The source takes two bits: four sources at most (claims is the fourth).
  static func streamIndex(draw: Int, matrix: Int, source: Int) -> UInt64 {
    streamBase | UInt64(draw) << 3 | UInt64(matrix) << 2 | UInt64(source)
  }

  /// The evaluations per draw: A, B and one A_B^(i) per source.
  var evaluations: Int { sources.count + 2 }

  /// Creates a worker's kernel; `claims` applies the claims rule, given exactly when `sources` has
  /// ``UncertaintySpec/DecompositionSource/claims``.
  init(
    model: CompiledModel, seed: UInt64, sources: [UncertaintySpec.DecompositionSource], claims: ClaimsKernel? = nil
  ) throws(GSLError) {
    precondition((claims != nil) == sources.contains(.claims), "a claims rule exactly when claims are a source")
    self.model = model
    self.claims = claims
    self.seed = seed
    self.sources = sources
    stream = try RandomStream(seed: seed, stream: Self.streamBase)
    landing = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.landingWeights) : nil
    classes = model.newAreaMean > 0 ? try DiscreteDistribution(weights: model.classMix) : nil
    k = model.names.count
    buffers = KernelBuffers(model: model)
    expMinusMean = Foundation.exp(-model.newAreaMean)
    let n = 2 * max(k, 1)
    reclassWeight = .allocate(capacity: n)
    reclassCount = .allocate(capacity: n)
    newWeight = .allocate(capacity: n)
    newCount = .allocate(capacity: n)
    growthRate = .allocate(capacity: n)
    claimsBits = .allocate(capacity: n)
    final = .allocate(capacity: max(k, 1))
    reclassWeight.initialize(repeating: 0, count: n)
    reclassCount.initialize(repeating: 0, count: n)
    newWeight.initialize(repeating: 0, count: n)
    newCount.initialize(repeating: 0, count: n)
    growthRate.initialize(repeating: 0, count: n)
    claimsBits.initialize(repeating: 0, count: n)
    final.initialize(repeating: 0, count: max(k, 1))
  }

  deinit {
    reclassWeight.deallocate()
    reclassCount.deallocate()
    newWeight.deallocate()
    newCount.deallocate()
    growthRate.deallocate()
    claimsBits.deallocate()
    final.deallocate()
  }

  /// The matrix (0: A, 1: B) that evaluation `e` takes `source` from: A for 0, B for 1, and for
  /// A_B^(i) (`e = 2 + i`) B for source i only.
  func matrix(evaluation e: Int, source: UncertaintySpec.DecompositionSource) -> Int {
    switch e {
    case 0: 0
    case 1: 1
    default: sources[e - 2] == source ? 1 : 0
    }
  }

  /// Evaluates draws `first ..< first + count` and writes each change (amount − baseline) of evaluation `e`,
  /// kommun `j`, draw `d` to `out[(d · evaluations + e) · k + j]`: a draw's evaluations side by side, so that
  /// a bootstrap resample reads whole rows.
  ///
  /// - Returns: the number of evaluations in which no area counted (the caller makes that an error).
  func simulate(first: Int, count: Int, out: UnsafeMutablePointer<Double>) -> Int {
    var empty = 0
    for d in first..<(first + count) {
      drawSources(d)
      for e in 0..<evaluations {
        if !evaluate(e) { empty += 1 }
        let amount = claims == nil ? buffers.amount : final
        let baseline = buffers.baseline
        let row = out + (d * evaluations + e) * k
        for j in 0..<k { row[j] = amount[j] - baseline[j] }
      }
    }
    return empty
  }

  /// Every evaluation of draw `d` with its inputs to the key (A, B, then each A_B^(i)): for tests that
  /// check the kernel's arithmetic against ``Allocation``.
  func records(draw d: Int) -> [DrawKernel.DrawRecord] {
    drawSources(d)
    let b = buffers
    return (0..<evaluations).map { e in
      _ = evaluate(e)
      return DrawKernel.DrawRecord(
        weight: Array(UnsafeBufferPointer(start: b.weight, count: k)),
        count: Array(UnsafeBufferPointer(start: b.count, count: k)),
        population: Array(UnsafeBufferPointer(start: b.population, count: k)),
        amount: Array(UnsafeBufferPointer(start: b.amount, count: k)))
    }
  }

  /// Every evaluation of draw `d` with claims: its inputs to the key (entitlements as `amount`), the
  /// kommuner's claims numbers it took and its finals, for tests that check the claims arithmetic against
  /// ``ClaimsOutcome``.
  func claimsRecords(draw d: Int) -> [(record: DrawKernel.DrawRecord, bits: [UInt64], final: [Double])] {
    let plain = records(draw: d)
    return plain.indices.map { e in
      _ = evaluate(e)
      let c = matrix(evaluation: e, source: .claims) * k
      return (
        plain[e], Array(UnsafeBufferPointer(start: claimsBits + c, count: k)),
        Array(UnsafeBufferPointer(start: final, count: k))
      )
    }
  }

  /// Draws every source of draw `d` in both matrices into the per-matrix buffers.
  private func drawSources(_ d: Int) {
    let k = self.k
    let b = buffers
    for m in 0..<2 {
      let dw = reclassWeight + m * k
      let dc = reclassCount + m * k
      let nw = newWeight + m * k
      let nc = newCount + m * k
      let g = growthRate + m * k
      dw.update(repeating: 0, count: k)
      dc.update(repeating: 0, count: k)
      nw.update(repeating: 0, count: k)
      nc.update(repeating: 0, count: k)
      g.update(repeating: 0, count: k)
      // Reclassification: 32 random bits per listed unit, two units per 64-bit number, the outcome by
      // the same thresholds as the standard kernel.
      let units = model.unitKommun.count
      if units > 0 {
        stream.reseed(seed: seed, stream: Self.streamIndex(draw: d, matrix: m, source: 0))
        var rng = RandomStream.State(stream)
        var u = 0
        while u < units {
          let number = rng.next()
          apply(unit: u, bits: number & 0xFFFF_FFFF, weight: dw, count: dc)
          if u + 1 < units { apply(unit: u + 1, bits: number >> 32, weight: dw, count: dc) }
          u += 2
        }
      }
      // New areas: a Poisson number, each landing by the alias table, with a class from the mix.
      if model.newAreaMean > 0, let landing, let classes {
        stream.reseed(seed: seed, stream: Self.streamIndex(draw: d, matrix: m, source: 1))
        let mean = model.newAreaMean
        let arrivals =
          mean <= 10 ? stream.poissonSmall(expMinusMean: expMinusMean) : stream.poisson(mean: mean)
        for _ in 0..<arrivals {
          let kommun = Int(b.landingKommun[stream.discreteInline(landing)])
          nw[kommun] += b.classWeight[stream.discreteInline(classes)]
          nc[kommun] &+= 1
        }
      }
      // Growth: one Normal per kommun.
      if model.hasGrowth {
        stream.reseed(seed: seed, stream: Self.streamIndex(draw: d, matrix: m, source: 2))
        var rng = RandomStream.State(stream)
        for j in 0..<k { g[j] = b.growthMean[j] + normal.next(&rng) * b.growthSD[j] }
      }
      // Claims: one 64-bit number per kommun, eligible or not, as in ``ClaimsKernel``.
      if claims != nil {
        stream.reseed(seed: seed, stream: Self.streamIndex(draw: d, matrix: m, source: 3))
        var rng = RandomStream.State(stream)
        let bits = claimsBits + m * k
        for j in 0..<k { bits[j] = rng.next() }
      }
    }
  }

  /// Adds one listed unit's drawn outcome (its 32 random bits) to its kommun's weight and count.
  @inline(__always)
  private func apply(
    unit u: Int, bits x: UInt64, weight: UnsafeMutablePointer<Double>, count: UnsafeMutablePointer<Int32>
  ) {
    let b = buffers
    guard x >= b.unitStay[u] else { return }
    let slot = KernelBuffers.outcomeSlots * Int(b.unitClass[u])
    let threshold = b.outcomeThreshold + slot
    let o = slot + (x >= threshold[0] ? 1 : 0) + (x >= threshold[1] ? 1 : 0) + (x >= threshold[2] ? 1 : 0)
    let kommun = Int(b.unitKommun[u])
    weight[kommun] += b.outcomeWeight[o]
    count[kommun] &+= b.outcomeCount[o]
  }

  /// The key of evaluation `e` into the buffers' weight, count, population and amount, by the arithmetic
  /// of ``DrawKernel`` and `Allocation` (`DistributionKey.part`, totals summed in name order), and with
  /// claims each kommun's final amount into ``final`` by ``ClaimsKernel``'s rule.
  ///
  /// - Returns: whether any area counts.
  private func evaluate(_ e: Int) -> Bool {
    let k = self.k
    let b = buffers
    let r = matrix(evaluation: e, source: .reclassification) * k
    let n = matrix(evaluation: e, source: .newAreas) * k
    let g = matrix(evaluation: e, source: .populationGrowth) * k
    var totalWeight = 0.0
    var totalPopulation = 0.0
    for j in 0..<k {
      let weight = b.startWeight[j] + reclassWeight[r + j] + newWeight[n + j]
      let count = b.startCount[j] &+ reclassCount[r + j] &+ newCount[n + j]
      b.weight[j] = weight
      b.count[j] = count
      let eligible = count > 0
      let p = eligible ? b.basePopulation[j] * Swift.max(1e-9, 1 + growthRate[g + j]) : 0
      b.population[j] = p
      totalPopulation += p
      totalWeight += eligible ? weight : 0
    }
    let areaTotal = totalWeight > 0 ? totalWeight : 1
    let populationTotal = totalPopulation > 0 ? totalPopulation : 1
    for j in 0..<k {
      let areaPart = DistributionKey.part(of: model.areaMoney, b.weight[j], over: areaTotal)
      let populationPart = DistributionKey.part(of: model.populationMoney, b.population[j], over: populationTotal)
      b.amount[j] = (b.count[j] > 0 ? areaPart : 0) + populationPart
    }
    if let claims {
      let c = matrix(evaluation: e, source: .claims) * k
      claims.apply(
        bits: claimsBits + c, amount: b.amount, weight: b.weight, population: b.population, count: b.count,
        into: final)
    }
    return totalWeight > 0
  }
}
