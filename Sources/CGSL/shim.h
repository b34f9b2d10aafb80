// The parts of GSL that fordela uses, and what Swift cannot reach: fordela's uniform generator,
// xoshiro256++, exposed to GSL as a gsl_rng_type (a static struct of C function pointers) so that
// GSL's distribution functions and fordela's inline fast paths draw from one per-chunk stream.
// README.md beside this file lists what it holds and why each part is C.
#ifndef FORDELA_CGSL_SHIM_H
#define FORDELA_CGSL_SHIM_H

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_histogram.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_statistics_double.h>
#include <limits.h>
#include <stdint.h>

/// The state of one xoshiro256++ stream (Blackman and Vigna, 2019).
typedef struct {
  uint64_t s[4];
} fordela_xoshiro_state;

static inline uint64_t fordela_rotl(const uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

/// The next 64 random bits of a stream.
static inline uint64_t fordela_xoshiro_next(fordela_xoshiro_state *state) {
  uint64_t *s = state->s;
  const uint64_t result = fordela_rotl(s[0] + s[3], 23) + s[0];
  const uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = fordela_rotl(s[3], 45);
  return result;
}

/// A uniform double in [0, 1) from the top 53 bits.
static inline double fordela_xoshiro_uniform(fordela_xoshiro_state *state) {
  return (double)(fordela_xoshiro_next(state) >> 11) * 0x1.0p-53;
}

static inline uint64_t fordela_splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

/// Seeds a stream from a full 64-bit seed and a stream index (the chunk), through splitmix64.
static inline void fordela_xoshiro_seed(fordela_xoshiro_state *state, uint64_t seed, uint64_t stream) {
  uint64_t x = seed;
  uint64_t mixed = fordela_splitmix64(&x);
  uint64_t y = stream ^ 0x6a09e667f3bcc909ULL;
  mixed ^= fordela_splitmix64(&y);
  for (int i = 0; i < 4; i++) state->s[i] = fordela_splitmix64(&mixed);
}

/// A draw from a GSL alias table (`gsl_ran_discrete_preproc`) inline, by GSL's own rule: one uniform u,
/// the cell c = floor(u K), and the cell's outcome when u lies below its cut F[c], else its alias. Gives
/// `gsl_ran_discrete`'s outcome for the same uniform without the generator's function-pointer calls.
static inline size_t fordela_discrete_sample(fordela_xoshiro_state *state, const gsl_ran_discrete_t *g) {
  const double u = fordela_xoshiro_uniform(state);
  const size_t c = (size_t)(u * (double)g->K);
  const double f = g->F[c];
  const size_t alias = g->A[c];
  // Both outcomes read first and one selected without a branch (the test is unpredictable).
  return ((f == 1.0) | (u < f)) ? c : alias;
}

/// A Poisson draw by GSL's own method for means up to 10 (multiply uniforms until the product falls
/// to e^-mean), inline: the same outcome as `gsl_ran_poisson` for the same uniforms.
static inline unsigned fordela_poisson_small(fordela_xoshiro_state *state, double expMinusMean) {
  unsigned k = 0;
  double product = 1.0;
  do {
    product *= fordela_xoshiro_uniform(state);
    k++;
  } while (product > expMinusMean);
  return k - 1;
}

static void fordela_xoshiro_gsl_set(void *state, unsigned long int seed) {
  fordela_xoshiro_seed((fordela_xoshiro_state *)state, (uint64_t)seed, 0);
}

static unsigned long int fordela_xoshiro_gsl_get(void *state) {
  return (unsigned long int)fordela_xoshiro_next((fordela_xoshiro_state *)state);
}

static double fordela_xoshiro_gsl_get_double(void *state) {
  return fordela_xoshiro_uniform((fordela_xoshiro_state *)state);
}

static const gsl_rng_type fordela_xoshiro_gsl_type = {
    "xoshiro256++", ULONG_MAX, 0, sizeof(fordela_xoshiro_state),
    &fordela_xoshiro_gsl_set, &fordela_xoshiro_gsl_get, &fordela_xoshiro_gsl_get_double};

/// fordela's generator as a GSL generator type, for gsl_rng_alloc.
static inline const gsl_rng_type *fordela_xoshiro_rng_type(void) { return &fordela_xoshiro_gsl_type; }

/// The state of a gsl_rng made with fordela_xoshiro_rng_type().
static inline fordela_xoshiro_state *fordela_xoshiro_rng_state(const gsl_rng *rng) {
  return (fordela_xoshiro_state *)rng->state;
}

/// The bin of `x` among `bins` bins of width 1/scale from `lower`, clamped to the end bins:
/// floor((x − lower) · scale). In C because a per-element loop pays for Swift's checked
/// conversion from Double to Int (a range test and a branch on every value).
static inline long fordela_bin_index(double x, double lower, double scale, long bins) {
  double y = (x - lower) * scale;
  if (!(y > 0)) return 0;
  long b = (long)y;
  return b < bins ? b : bins - 1;
}

#endif
