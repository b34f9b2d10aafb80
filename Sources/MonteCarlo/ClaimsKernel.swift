import AllocationModel
import FordelaGSL

/// Claims drawn on top of each draw of the kernel (`uncertainty.claims`): which kommuner claim nothing
/// and which ask for more, and each kommun's final amount by the claims rule.
///
/// The rule is ``Claims/Redistribution/share(_:areaShare:entitlement:weight:population:wantsMore:into:)``,
/// the one the deterministic run uses. The claims' random numbers come from a stream of their own per
/// chunk (``streamBase`` + chunk), so the lists drawn are those of the same run without claims and the
/// result does not depend on the number of threads. One worker's kernel: not thread-safe; no allocation
/// per draw.
final class ClaimsKernel {
  /// The first stream index of the claims: chunk `c` draws its claims from stream `streamBase + c`, far
  /// from the kernel's stream `c`.
  static let streamBase: UInt64 = 1 << 63

  private let stream: RandomStream
  private let seed: UInt64
  private let declineThreshold: UInt64
  private let wantsMoreThreshold: UInt64
  private let rule: Claims.Redistribution
  private let areaShare: Double
  private let k: Int
  private let claimed: UnsafeMutableBufferPointer<Double>
  private let redistributed: UnsafeMutableBufferPointer<Double>
  private let asking: UnsafeMutableBufferPointer<Bool>
  private let final: UnsafeMutablePointer<Double>

  /// Creates a worker's claims kernel for `k` kommuner.
  init(
    spec: UncertaintySpec.Claiming, rule: Claims.Redistribution, areaShare: Double, seed: UInt64, kommuner k: Int
  ) throws(GSLError) {
    stream = try RandomStream(seed: seed, stream: Self.streamBase)
    self.seed = seed
    declineThreshold = DrawKernel.threshold(spec.declineProbability)
    wantsMoreThreshold = DrawKernel.threshold(spec.wantsMoreProbability)
    self.rule = rule
    self.areaShare = areaShare
    self.k = k
    claimed = .allocate(capacity: k)
    claimed.initialize(repeating: 0)
    redistributed = .allocate(capacity: k)
    redistributed.initialize(repeating: 0)
    asking = .allocate(capacity: k)
    asking.initialize(repeating: false)
    final = .allocate(capacity: k)
    final.initialize(repeating: 0, count: k)
  }

  deinit {
    claimed.deallocate()
    redistributed.deallocate()
    asking.deallocate()
    final.deallocate()
  }

  /// Restarts the claims' stream for a chunk.
  func begin(chunk: Int) { stream.reseed(seed: seed, stream: Self.streamBase &+ UInt64(chunk)) }

  /// Draws one draw's claims and writes each kommun's final amount to `final`.
  ///
  /// Every kommun takes one 64-bit number, eligible or not (so a kommun's draws do not depend on the
  /// others'): the upper 32 bits decide whether it claims nothing, the lower whether it asks for more.
  /// Only a kommun with a counting area that claims may ask. When no kommun asks, or those that ask have
  /// nothing the rule can share by, the unclaimed money goes back to the state.
  ///
  /// - Parameters:
  ///   - amount: each kommun's amount in the draw (its entitlement), unrounded.
  ///   - weight: each kommun's weighted area count in the draw.
  ///   - population: each kommun's population in the draw (0 where no area counts).
  ///   - count: each kommun's number of counting areas in the draw.
  ///   - final: receives each kommun's `claimed + redistributed`.
  /// - Returns: the money returned to the state in this draw.
  @discardableResult
  func apply(
    amount: UnsafePointer<Double>, weight: UnsafePointer<Double>, population: UnsafePointer<Double>,
    count: UnsafePointer<Int32>, into final: UnsafeMutablePointer<Double>
  ) -> Double {
    let stream = self.stream
    return apply(amount: amount, weight: weight, population: population, count: count, into: final) { _ in
      stream.next()
    }
  }

  /// ``apply(amount:weight:population:count:into:)`` on random numbers drawn elsewhere: `bits[j]` is kommun
  /// j's 64-bit number. The variance decomposition draws them per draw and matrix from streams of its own
  /// (``DecompositionKernel``) and applies the same rule here.
  @discardableResult
  func apply(
    bits: UnsafePointer<UInt64>, amount: UnsafePointer<Double>, weight: UnsafePointer<Double>,
    population: UnsafePointer<Double>, count: UnsafePointer<Int32>, into final: UnsafeMutablePointer<Double>
  ) -> Double {
    apply(amount: amount, weight: weight, population: population, count: count, into: final) { bits[$0] }
  }

  /// The rule on one draw, kommun j's 64-bit number from `next(j)`, asked for in kommun order.
  @inline(__always)
  private func apply(
    amount: UnsafePointer<Double>, weight: UnsafePointer<Double>, population: UnsafePointer<Double>,
    count: UnsafePointer<Int32>, into final: UnsafeMutablePointer<Double>, next: (Int) -> UInt64
  ) -> Double {
    var unclaimed = 0.0
    for j in 0..<k {
      let bits = next(j)
      let declines = bits >> 32 < declineThreshold
      claimed[j] = declines ? 0 : amount[j]
      asking[j] = !declines && count[j] > 0 && bits & 0xFFFF_FFFF < wantsMoreThreshold
      unclaimed += amount[j] - claimed[j]
    }
    let sharing = rule.share(
      unclaimed, areaShare: areaShare, entitlement: UnsafeBufferPointer(start: amount, count: k),
      weight: UnsafeBufferPointer(start: weight, count: k),
      population: UnsafeBufferPointer(start: population, count: k),
      wantsMore: UnsafeBufferPointer(asking), into: redistributed)
    for j in 0..<k { final[j] = claimed[j] + redistributed[j] }
    return sharing == .shared ? 0 : unclaimed
  }

  /// Simulates the draws of one chunk with claims: the kernel's draws (the same lists as without claims),
  /// then each draw's claims, writing each kommun's change of final amount to `out[kommun · stride + i]`.
  ///
  /// - Returns: the number of draws in which no area counted, and the money returned to the state,
  ///   summed over the chunk's draws in order.
  func simulate(
    on kernel: DrawKernel, chunk: Int, draws: Int, baseline: UnsafeBufferPointer<Double>,
    out: UnsafeMutablePointer<Double>, stride: Int
  ) -> (emptyDraws: Int, returned: Double) {
    begin(chunk: chunk)
    let k = self.k
    let final = self.final
    var i = 0
    var emptyDraws = 0
    var returned = 0.0
    kernel.forEachDraw(chunk: chunk, draws: draws) { view in
      var anyArea = false
      for j in 0..<k where view.count[j] > 0 { anyArea = true }
      if !anyArea { emptyDraws += 1 }
      returned += apply(
        amount: view.amount, weight: view.weight, population: view.population, count: view.count, into: final)
      for j in 0..<k { out[j * stride + i] = final[j] - baseline[j] }
      i += 1
    }
    return (emptyDraws, returned)
  }
}
