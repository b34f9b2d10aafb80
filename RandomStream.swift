import CGSL

/// A GSL generator running fordela's xoshiro256++, seeded from (seed, stream).
///
/// The inline uniforms and GSL's distribution functions share one state. Owned by one worker
/// at a time: not `Sendable`, never shared across threads.
public final class RandomStream {
  @usableFromInline let rng: UnsafeMutablePointer<gsl_rng>
  @usableFromInline let state: UnsafeMutablePointer<fordela_xoshiro_state>

  /// Allocates a generator; call ``reseed(seed:stream:)`` before drawing.
  public init() throws(GSLError) {
    GSL.prepare()
    guard let rng = gsl_rng_alloc(fordela_xoshiro_rng_type()) else {
      throw GSLError(status: GSL_ENOMEM, operation: "gsl_rng_alloc")
    }
    self.rng = rng
    self.state = fordela_xoshiro_rng_state(rng)
  }

  deinit { gsl_rng_free(rng) }

  /// Restarts the stream at the state for (seed, stream): the same pair always gives the same draws.
  public func reseed(seed: UInt64, stream: UInt64) {
    fordela_xoshiro_seed(state, seed, stream)
  }

  /// The next 64 random bits.
  @inlinable @inline(__always)
  public func next() -> UInt64 { fordela_xoshiro_next(state) }

  /// A uniform double in [0, 1), from the top 53 bits of the next output.
  @inlinable @inline(__always)
  public func uniform() -> Double { fordela_xoshiro_double(state) }

  /// A uniform double in [0, 1) drawn through GSL's generator interface (`gsl_rng_uniform`).
  public func gslUniform() -> Double { gsl_rng_uniform(rng) }

  /// A Poisson count with mean `mu` (`gsl_ran_poisson`).
  @inlinable
  public func poisson(mean mu: Double) -> Int { Int(gsl_ran_poisson(rng, mu)) }

  /// A Normal(0, sigma) value by GSL's ziggurat (`gsl_ran_gaussian_ziggurat`).
  @inlinable
  public func gaussian(sigma: Double) -> Double { gsl_ran_gaussian_ziggurat(rng, sigma) }

  /// An index drawn from an alias table (`gsl_ran_discrete`).
  @inlinable
  public func discrete(_ sampler: DiscreteSampler) -> Int { Int(gsl_ran_discrete(rng, sampler.table)) }
}
