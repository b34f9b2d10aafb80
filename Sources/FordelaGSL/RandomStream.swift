import CGSL

/// One reproducible random stream: xoshiro256++ seeded from (seed, stream index), usable both by
/// fordela's inline fast paths and by GSL's distribution functions.
///
/// Owns its `gsl_rng`; not thread-safe: each worker makes its own.
public final class RandomStream {
  @usableFromInline let rng: UnsafeMutablePointer<gsl_rng>
  @usableFromInline let state: UnsafeMutablePointer<fordela_xoshiro_state>

  /// Creates a stream whose numbers depend only on `seed` and `stream`.
  public init(seed: UInt64, stream: UInt64) throws(GSLError) {
    GSL.setUp()
    guard let rng = gsl_rng_alloc(fordela_xoshiro_rng_type()) else {
      throw GSLError(status: Int32(GSL_ENOMEM), context: "allocating a random generator")
    }
    self.rng = rng
    self.state = fordela_xoshiro_rng_state(rng)
    fordela_xoshiro_seed(state, seed, stream)
  }

  deinit { gsl_rng_free(rng) }

  /// Restarts the stream at (seed, stream) without allocating.
  public func reseed(seed: UInt64, stream: UInt64) {
    fordela_xoshiro_seed(state, seed, stream)
  }

  /// The next 64 random bits.
  @inlinable @inline(__always)
  public func next() -> UInt64 { fordela_xoshiro_next(state) }

  /// A uniform double in [0, 1), from the top 53 bits.
  @inlinable @inline(__always)
  public func uniform() -> Double { fordela_xoshiro_uniform(state) }

  /// A Poisson variate (GSL `gsl_ran_poisson`).
  @inlinable
  public func poisson(mean: Double) -> Int { Int(gsl_ran_poisson(rng, mean)) }

  /// A Poisson variate for a mean up to 10, inline, given e^(−mean): the same draw as
  /// `gsl_ran_poisson`, whose method for small means this is.
  @inlinable @inline(__always)
  public func poissonSmall(expMinusMean: Double) -> Int { Int(fordela_poisson_small(state, expMinusMean)) }

  /// An index from a GSL alias table, inline: the same draw as `discrete(_:)`.
  @inlinable @inline(__always)
  public func discreteInline(_ table: DiscreteDistribution) -> Int { Int(fordela_discrete_sample(state, table.table)) }

  /// A Normal(0, sd) variate (GSL `gsl_ran_gaussian_ziggurat`).
  @inlinable
  public func gaussian(sd: Double) -> Double { gsl_ran_gaussian_ziggurat(rng, sd) }

  /// An index drawn from a discrete distribution (GSL `gsl_ran_discrete`, Walker's alias method).
  @inlinable
  public func discrete(_ table: DiscreteDistribution) -> Int { Int(gsl_ran_discrete(rng, table.table)) }
}

extension RandomStream {
  /// A copy of a stream's generator state for a stretch of inline draws: held in registers by the
  /// caller's loop instead of being loaded from and stored back to the stream on every number.
  ///
  /// Draws from it are the stream's own draws (the same C functions on the same state); ``store(to:)``
  /// hands the state back. GSL's out-of-line functions go through ``RandomStream/withStream(_:_:)``.
  public struct State {
    @usableFromInline var state: fordela_xoshiro_state

    /// The stream's current state.
    @inlinable @inline(__always)
    public init(_ stream: RandomStream) { state = stream.state.pointee }

    /// Writes the state back to the stream, which continues from here.
    @inlinable @inline(__always)
    public func store(to stream: RandomStream) { stream.state.pointee = state }

    /// The next 64 random bits (``RandomStream/next()``).
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 { fordela_xoshiro_next(&state) }

    /// A uniform double in [0, 1) (``RandomStream/uniform()``).
    @inlinable @inline(__always)
    public mutating func uniform() -> Double { fordela_xoshiro_uniform(&state) }

    /// A Poisson variate for a mean up to 10 (``RandomStream/poissonSmall(expMinusMean:)``).
    @inlinable @inline(__always)
    public mutating func poissonSmall(expMinusMean: Double) -> Int {
      Int(fordela_poisson_small(&state, expMinusMean))
    }

    /// An index from a GSL alias table (``RandomStream/discreteInline(_:)``).
    @inlinable @inline(__always)
    public mutating func discreteInline(_ table: DiscreteDistribution) -> Int {
      Int(fordela_discrete_sample(&state, table.table))
    }

    /// An index from a GSL alias table through its unretained reference.
    @inlinable @inline(__always)
    public mutating func discreteInline(_ table: DiscreteDistribution.Unretained) -> Int {
      Int(fordela_discrete_sample(&state, table.table))
    }
  }

  /// Runs `body` on the stream with the generator at `state`, then takes the stream's state back
  /// into `state`: for GSL's out-of-line draws in the middle of a stretch of ``State`` draws.
  @inlinable @inline(__always)
  public func withStream<T>(_ state: inout State, _ body: (RandomStream) -> T) -> T {
    state.store(to: self)
    let value = body(self)
    state = State(self)
    return value
  }
}

extension DiscreteDistribution {
  /// The table of a distribution, without a reference that retains it: for a hot loop that would
  /// otherwise retain and release the distribution at every draw. Valid while the distribution lives.
  public struct Unretained {
    @usableFromInline let table: UnsafeMutablePointer<gsl_ran_discrete_t>

    @usableFromInline init(table: UnsafeMutablePointer<gsl_ran_discrete_t>) { self.table = table }
  }

  /// The table without a retaining reference (see ``Unretained``).
  @inlinable
  public var unretained: Unretained { Unretained(table: table) }
}
