import FordelaGSL
import Foundation
import Testing

/// The uniform stream and GSL's distributions on top of it.
@Suite struct RandomStreamTests {
  @Test func aStreamDependsOnlyOnSeedAndIndex() throws {
    let a = try RandomStream(seed: 42, stream: 7)
    let b = try RandomStream(seed: 42, stream: 7)
    let c = try RandomStream(seed: 42, stream: 8)
    let xs = (0..<100).map { _ in a.next() }
    #expect(xs == (0..<100).map { _ in b.next() })
    #expect(xs != (0..<100).map { _ in c.next() })
    a.reseed(seed: 42, stream: 7)
    #expect(xs == (0..<100).map { _ in a.next() })
  }

  @Test func aStateHeldByTheCallerDrawsTheStreamsNumbers() throws {
    let a = try RandomStream(seed: 5, stream: 2)
    let b = try RandomStream(seed: 5, stream: 2)
    let table = try DiscreteDistribution(weights: [0.7, 0.2, 0.1])
    var state = RandomStream.State(b)
    for i in 0..<20_000 {
      switch i % 5 {
      case 0: #expect(a.next() == state.next())
      case 1: #expect(a.uniform() == state.uniform())
      case 2: #expect(a.poissonSmall(expMinusMean: exp(-2.0)) == state.poissonSmall(expMinusMean: exp(-2.0)))
      case 3: #expect(a.discreteInline(table) == state.discreteInline(table))
      default: #expect(a.poisson(mean: 30) == b.withStream(&state) { $0.poisson(mean: 30) })
      }
    }
    state.store(to: b)
    #expect((0..<100).map { _ in a.next() } == (0..<100).map { _ in b.next() })
  }

  @Test func gslDistributionsDrawFromTheStream() throws {
    let s = try RandomStream(seed: 1, stream: 0)
    let n = 200_000
    var sum = 0.0
    var sumSq = 0.0
    var poisson = 0
    for _ in 0..<n {
      let z = s.gaussian(sd: 1)
      sum += z
      sumSq += z * z
      poisson += s.poisson(mean: 2)
    }
    #expect(abs(sum / Double(n)) < 4 / sqrt(Double(n)))
    #expect(abs(sumSq / Double(n) - 1) < 4 * sqrt(2 / Double(n)))
    #expect(abs(Double(poisson) / Double(n) - 2) < 4 * sqrt(2 / Double(n)))
    let u = (0..<n).map { _ in s.uniform() }
    #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
    #expect(abs(u.reduce(0, +) / Double(n) - 0.5) < 4 * sqrt(1 / 12 / Double(n)))
  }

  @Test func theAliasTableFollowsItsWeights() throws {
    let s = try RandomStream(seed: 3, stream: 1)
    let table = try DiscreteDistribution(weights: [0.7, 0.2, 0.1])
    var counts = [0, 0, 0]
    let n = 100_000
    for _ in 0..<n { counts[s.discrete(table)] += 1 }
    for (count, p) in zip(counts, [0.7, 0.2, 0.1]) {
      #expect(abs(Double(count) / Double(n) - p) < 4 * sqrt(p * (1 - p) / Double(n)))
    }
  }
}

/// The inline Poisson and alias draws give GSL's outcome for the same uniforms.
@Suite struct InlineDrawTests {
  @Test func inlineDrawsEqualGSLs() throws {
    let a = try RandomStream(seed: 8, stream: 3)
    let b = try RandomStream(seed: 8, stream: 3)
    let table = try DiscreteDistribution(weights: [0.7, 0.2, 0.1, 0.05, 3])
    for _ in 0..<50_000 {
      #expect(a.poissonSmall(expMinusMean: exp(-2.0)) == b.poisson(mean: 2))
      #expect(a.discreteInline(table) == b.discrete(table))
    }
  }
}
