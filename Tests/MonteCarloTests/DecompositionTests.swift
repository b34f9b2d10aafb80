import AllocationModel
import TestSupport
import Testing

@testable import MonteCarlo

/// The variance decomposition: the Sobol estimators on toy functions with known indices, the decomposition
/// kernel's key against ``Allocation``, and the engine's indices on the standard workload.
@Suite struct DecompositionTests {
  /// f(A), f(B) and f(A_B^(i)) of `f` on N rows of `inputs` independent uniforms, from `rng`.
  static func design(
    n: Int, inputs: Int, seed: UInt64, _ f: ([Double]) -> Double
  ) -> (a: [Double], b: [Double], ab: [[Double]]) {
    var rng = SplitMix64(state: seed)
    var fa: [Double] = []
    var fb: [Double] = []
    var fab = [[Double]](repeating: [], count: inputs)
    for _ in 0..<n {
      let a = (0..<inputs).map { _ in Double.random(in: 0..<1, using: &rng) }
      let b = (0..<inputs).map { _ in Double.random(in: 0..<1, using: &rng) }
      fa.append(f(a))
      fb.append(f(b))
      for i in 0..<inputs {
        var mixed = a
        mixed[i] = b[i]
        fab[i].append(f(mixed))
      }
    }
    return (fa, fb, fab)
  }

  @Test(arguments: [[1.0, 2, 3], [5.0, 0, 1], [1.0, 1, 1, 1]])
  func anAdditiveToyModelHasIndicesInProportionToItsSquaredCoefficients(_ c: [Double]) {
    // f = Σ c_i x_i, x_i ~ U(0, 1): V_i = c_i² / 12, so S_i = S_Ti = c_i² / Σ c_j².
    let d = Self.design(n: 40_000, inputs: c.count, seed: 0x5A17_E111) { x in zip(c, x).reduce(0) { $0 + $1.0 * $1.1 } }
    let estimate = SobolEstimator.estimate(a: d.a, b: d.b, ab: d.ab)
    let squares = c.reduce(0) { $0 + $1 * $1 }
    for i in c.indices {
      let exact = c[i] * c[i] / squares
      #expect(abs(estimate.firstOrder[i] - exact) < 0.02, "S_\(i) \(estimate.firstOrder[i]) vs \(exact)")
      #expect(abs(estimate.total[i] - exact) < 0.02, "S_T\(i) \(estimate.total[i]) vs \(exact)")
    }
    #expect(abs(estimate.variance - squares / 12) < 0.03 * squares / 12)
  }

  @Test func forRandomAdditiveModelsTheIndicesSumToOneAndMatchTheirShares() {
    // The property behind the cases above, over 20 seeded random models of 2 to 4 inputs: additive, so
    // S_i = S_Ti = c_i² / Σ c_j² and the first-order indices sum to 1.
    var rng = SplitMix64(state: 0xADD171E)
    for model in 0..<20 {
      let inputs = Int.random(in: 2...4, using: &rng)
      let c = (0..<inputs).map { _ in Double.random(in: -5...5, using: &rng) }
      let d = Self.design(n: 10_000, inputs: inputs, seed: rng.next()) { x in zip(c, x).reduce(0) { $0 + $1.0 * $1.1 } }
      let estimate = SobolEstimator.estimate(a: d.a, b: d.b, ab: d.ab)
      let squares = c.reduce(0) { $0 + $1 * $1 }
      for i in c.indices {
        #expect(abs(estimate.firstOrder[i] - c[i] * c[i] / squares) < 0.05, "model \(model), S_\(i)")
        #expect(abs(estimate.total[i] - c[i] * c[i] / squares) < 0.05, "model \(model), S_T\(i)")
      }
      #expect(abs(estimate.firstOrder.reduce(0, +) - 1) < 0.08, "model \(model)")
    }
  }

  @Test func aProductHasTotalEffectsAboveItsFirstOrderIndices() {
    // f = x1 x2: V_1 = V_2 = 1/48, V = 7/144, so S_i = 3/7 and S_Ti = 1 − S_j = 4/7.
    let d = Self.design(n: 40_000, inputs: 2, seed: 0x00C0_FFEE) { $0[0] * $0[1] }
    let estimate = SobolEstimator.estimate(a: d.a, b: d.b, ab: d.ab)
    for i in 0..<2 {
      #expect(abs(estimate.firstOrder[i] - 3.0 / 7) < 0.02)
      #expect(abs(estimate.total[i] - 4.0 / 7) < 0.02)
    }
  }

  @Test func theOnePassResampleEstimatesAgreeWithTheDirectEstimator() {
    // Three outputs of a toy design laid out in rows as the engine stores them: values[(r · 4 + c) · 3 + g].
    let outputs: [([Double]) -> Double] = [{ $0[0] + 2 * $0[1] }, { $0[0] * $0[1] + 1e6 }, { _ in 7 }]
    let n = 3_000
    let designs = outputs.enumerated().map { g, f in Self.design(n: n, inputs: 2, seed: 0xB007 + UInt64(g), f) }
    var values = [Double](repeating: 0, count: n * 4 * 3)
    for (g, d) in designs.enumerated() {
      for r in 0..<n {
        for (c, column) in [d.a, d.b, d.ab[0], d.ab[1]].enumerated() { values[(r * 4 + c) * 3 + g] = column[r] }
      }
    }
    let centres = designs.map { d in (d.a.reduce(0, +) + d.b.reduce(0, +)) / Double(2 * n) }
    var rng = SplitMix64(state: 0x5EED)
    let picked = (0..<n).map { _ in Int.random(in: 0..<n, using: &rng) }
    for rows in [Array(0..<n), picked] {
      var counts = [Int32](repeating: 0, count: n)
      for r in rows { counts[r] += 1 }
      let fast = values.withUnsafeBufferPointer { v in
        counts.withUnsafeBufferPointer { c in
          SobolEstimator.estimates(values: v.baseAddress!, rows: n, groups: 3, inputs: 2, counts: c, centres: centres)
        }
      }
      for (g, d) in designs.enumerated() {
        let direct = SobolEstimator.estimate(
          a: rows.map { d.a[$0] }, b: rows.map { d.b[$0] }, ab: d.ab.map { column in rows.map { column[$0] } })
        #expect(abs(fast[g].variance - direct.variance) <= 1e-9 * max(direct.variance, 1e-300), "output \(g)")
        for i in 0..<2 {
          #expect(abs(fast[g].firstOrder[i] - direct.firstOrder[i]) < 1e-9, "output \(g), S_\(i)")
          #expect(abs(fast[g].total[i] - direct.total[i]) < 1e-9, "output \(g), S_T\(i)")
        }
      }
    }
  }

  @Test func aConstantOutputHasNoIndices() {
    let estimate = SobolEstimator.estimate(a: [3, 3, 3], b: [3, 3, 3], ab: [[3, 3, 3]])
    #expect(estimate == .init(variance: 0, firstOrder: [0], total: [0]))
  }

  /// The claims drawn where a test's run has them.
  static let claims = UncertaintySpec.Claiming(declineProbability: 0.1, wantsMoreProbability: 0.3)

  /// The standard workload with only the given sources (claims by ``claims`` and the key's rule).
  static func input(draws: Int, _ sources: Set<UncertaintySpec.DecompositionSource>, seed: UInt64 = 77)
    -> SimulationInput
  {
    var spec = StandardWorkload.uncertainty(draws: draws, seed: seed)
    if !sources.contains(.reclassification) { spec.reclassification = nil }
    if !sources.contains(.newAreas) { spec.newAreas = nil }
    if !sources.contains(.populationGrowth) { spec.populationGrowth = nil }
    if sources.contains(.claims) { spec.claims = Self.claims }
    return StandardWorkload.input(spec)
  }

  @Test(arguments: UncertaintySpec.DecompositionSource.allCases)
  func aSingleSourceExplainsAllTheVarianceWithinItsInterval(_ source: UncertaintySpec.DecompositionSource) throws {
    let result = try MonteCarloEngine.decompose(Self.input(draws: 2_000, [source]), options: .init(threads: 2))
    #expect(result.sources == [source])
    var varying = 0
    for k in result.kommuner where k.variance > 0 {
      varying += 1
      let first = k.firstOrderCI95[0]
      #expect(first.lower <= 1 && 1 <= first.upper, "\(k.kommun): S \(k.firstOrder[0]) in \(first)")
      // S_T − 1 is −2 × the sample correlation of f(A) and f(B): about ±2/√N.
      #expect(abs(k.total[0] - 1) < 4 / Double(2_000).squareRoot(), "\(k.kommun): S_T \(k.total[0])")
    }
    #expect(varying > 20, "most kommuner's change varies")
  }

  @Test func firstOrderIndicesSumToAtMostOneWithinTheirIntervals() throws {
    let result = try MonteCarloEngine.decompose(StandardWorkload.input(draws: 2_000), options: .init(threads: 2))
    #expect(result.sources == [.reclassification, .newAreas, .populationGrowth])
    #expect(result.evaluations == 5 * 2_000)
    for k in result.kommuner {
      let lower = k.firstOrderCI95.reduce(0) { $0 + $1.lower }
      #expect(lower <= 1, "\(k.kommun): \(k.firstOrder) with intervals \(k.firstOrderCI95)")
      for (i, interval) in k.firstOrderCI95.enumerated() {
        #expect(interval.lower <= interval.upper)
        let inside = interval.lower <= k.firstOrder[i] + 1e-12 && k.firstOrder[i] <= interval.upper + 1e-12
        #expect(inside || k.variance == 0)
      }
    }
  }

  @Test func theResultIsBitIdenticalForAnyNumberOfThreads() throws {
    // Uneven chunks: 2 full chunks and a part, so workers take different chunks. Fewer resamples keep
    // the test short; which thread computes a resample does not matter either.
    let input = StandardWorkload.input(draws: 2 * MonteCarloEngine.chunkSize + 123)
    let one = try MonteCarloEngine.decompose(input, options: .init(threads: 1), resamples: 20)
    for threads in [2, 3] {
      let other = try MonteCarloEngine.decompose(input, options: .init(threads: threads), resamples: 20)
      #expect(other.kommuner == one.kommuner, "\(threads) threads")
      #expect(other.sources == one.sources && other.drawsPerMatrix == one.drawsPerMatrix)
    }
    let reseeded = try MonteCarloEngine.decompose(
      StandardWorkload.input(draws: 2 * MonteCarloEngine.chunkSize + 123, seed: 1), options: .init(threads: 2),
      resamples: 20)
    #expect(reseeded.kommuner != one.kommuner, "another seed gives other estimates")
  }

  @Test func everyEvaluationsAmountsAreTheAllocationOfItsInputs() throws {
    var rng = SplitMix64(state: 0x0DEC_0E0A)
    var checked = 0
    for scenario in 0..<60 {
      let input = RandomSimulationInput.make(draws: 16, using: &rng)
      let spec = input.uncertainty
      guard spec.claims == nil, !spec.decompositionSources.isEmpty else { continue }
      let model = try CompiledModel(input)
      let kernel = try DecompositionKernel(model: model, seed: spec.seed, sources: spec.decompositionSources)
      for draw in 0..<16 {
        let records = kernel.records(draw: draw)
        #expect(records.count == spec.decompositionSources.count + 2)
        for (e, record) in records.enumerated() {
          let eligible = model.names.indices.filter { record.count[$0] > 0 }
          guard !eligible.isEmpty, eligible.contains(where: { record.weight[$0] > 0 }) else { continue }
          let inputs = eligible.map {
            KommunInput(kommun: model.names[$0], weight: record.weight[$0], population: record.population[$0])
          }
          let allocation = try Allocation(key: input.key, inputs: inputs)
          var expected = [Double](repeating: 0, count: model.names.count)
          for (j, kommun) in zip(eligible, allocation.kommuner) { expected[j] = kommun.amount }
          #expect(record.amount == expected, "scenario \(scenario), draw \(draw), evaluation \(e)")
          checked += 1
        }
        // A_B^(i) takes source i from B and the rest from A.
        for (i, source) in spec.decompositionSources.enumerated() {
          let mixed = records[2 + i]
          let fromA = source == .populationGrowth ? records[0] : nil
          if let fromA { #expect(mixed.weight == fromA.weight && mixed.count == fromA.count) }
        }
      }
    }
    #expect(checked > 500)
  }

  @Test func noSourceAndTooFewDrawsAreRefused() {
    #expect(throws: MonteCarloError.self) { try MonteCarloEngine.decompose(Self.input(draws: 1_000, [])) }
    #expect(throws: MonteCarloError.self) { try MonteCarloEngine.decompose(StandardWorkload.input(draws: 99)) }
  }

  @Test func claimsAreAFourthSourceOfTheFinalAmountsChange() throws {
    let sources = UncertaintySpec.DecompositionSource.allCases
    #expect(sources.last == .claims)
    let result = try MonteCarloEngine.decompose(
      Self.input(draws: 1_000, Set(sources)), options: .init(threads: 2), resamples: 20)
    #expect(result.sources == [.reclassification, .newAreas, .populationGrowth, .claims])
    #expect(result.evaluations == 6 * 1_000)
    // Each kommun declines with probability 0.1 and then loses its whole amount: claims explain most of
    // every large kommun's variance.
    let stockholm = try #require(result.kommuner.first { $0.kommun == "Stockholm" })
    #expect(stockholm.firstOrder[3] > 0.5, "\(stockholm.firstOrder)")
  }

  @Test(arguments: Claims.Redistribution.allCases)
  func withClaimsTheResultIsBitIdenticalForAnyNumberOfThreads(_ rule: Claims.Redistribution) throws {
    var input = Self.input(draws: MonteCarloEngine.chunkSize + 77, [.reclassification, .claims])
    input.redistribution = rule
    let one = try MonteCarloEngine.decompose(input, options: .init(threads: 1), resamples: 20)
    let two = try MonteCarloEngine.decompose(input, options: .init(threads: 2), resamples: 20)
    #expect(two.kommuner == one.kommuner, "\(rule)")
    #expect(one.sources == [.reclassification, .claims])
    var noClaims = input
    noClaims.uncertainty.claims = nil
    let without = try MonteCarloEngine.decompose(noClaims, options: .init(threads: 2), resamples: 20)
    #expect(without.kommuner.map(\.variance) != one.kommuner.map(\.variance), "the claims change the values split")
  }

  @Test func everyEvaluationsFinalsAreTheClaimsOutcomeOfItsAllocation() throws {
    // The decomposition's claims arithmetic against the deterministic run's (``ClaimsOutcome``): each
    // evaluation's claims read from its kommuner's numbers by the thresholds of ``ClaimsKernel``.
    var rng = SplitMix64(state: 0xC1A1_3DEC)
    var checked = 0
    for scenario in 0..<30 {
      var input = RandomSimulationInput.make(draws: 8, using: &rng)
      let rule = Claims.Redistribution.allCases.randomElement(using: &rng) ?? .key
      input.redistribution = rule
      let claiming = UncertaintySpec.Claiming(
        declineProbability: Double.random(in: 0...0.5, using: &rng),
        wantsMoreProbability: Double.random(in: 0...1, using: &rng))
      input.uncertainty.claims = claiming
      let spec = input.uncertainty
      let sources = spec.decompositionSources
      let model = try CompiledModel(input)
      let k = model.names.count
      let claims = try ClaimsKernel(
        spec: claiming, rule: rule, areaShare: input.key.areaShare, seed: spec.seed, kommuner: k)
      let kernel = try DecompositionKernel(model: model, seed: spec.seed, sources: sources, claims: claims)
      let decline = DrawKernel.threshold(claiming.declineProbability)
      let wantsMore = DrawKernel.threshold(claiming.wantsMoreProbability)
      for draw in 0..<8 {
        let records = kernel.claimsRecords(draw: draw)
        #expect(records.count == sources.count + 2)
        // A_B^(claims) takes the claims numbers from B and the lists from A; the others take A's numbers.
        let c = try #require(sources.firstIndex(of: .claims))
        #expect(records[2 + c].bits == records[1].bits && records[2 + c].record.weight == records[0].record.weight)
        for i in sources.indices where i != c { #expect(records[2 + i].bits == records[0].bits) }
        #expect(records[0].bits != records[1].bits)
        for (e, (record, bits, final)) in records.enumerated() {
          let eligible = model.names.indices.filter { record.count[$0] > 0 }
          guard !eligible.isEmpty, eligible.contains(where: { record.weight[$0] > 0 }) else { continue }
          let declined = eligible.filter { bits[$0] >> 32 < decline }
          let asking = eligible.filter { bits[$0] >> 32 >= decline && bits[$0] & 0xFFFF_FFFF < wantsMore }
          let allocation = try Allocation(
            key: input.key,
            inputs: eligible.map {
              KommunInput(kommun: model.names[$0], weight: record.weight[$0], population: record.population[$0])
            })
          let outcome: ClaimsOutcome
          do {
            outcome = try ClaimsOutcome(
              allocation: allocation,
              claims: Claims(
                claimedKr: Dictionary(uniqueKeysWithValues: declined.map { (model.names[$0], 0) }),
                wantsMore: asking.map { model.names[$0] }, redistribution: rule))
          } catch {
            continue  // the kommuner that ask have nothing to share by: the money goes back to the state
          }
          var expected = [Double](repeating: 0, count: k)
          for (j, row) in zip(eligible, outcome.rows) { expected[j] = row.finalKr }
          #expect(final == expected, "scenario \(scenario), draw \(draw), evaluation \(e)")
          checked += 1
        }
      }
    }
    #expect(checked > 500)
  }
}
