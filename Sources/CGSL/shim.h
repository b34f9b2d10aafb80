// The parts of GSL that fordela uses, and static inline accessors for what Swift 6 cannot
// reach directly (GSL's global generator types are mutable C globals).
#ifndef FORDELA_CGSL_SHIM_H
#define FORDELA_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_histogram.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_rstat.h>
#include <gsl/gsl_sort_double.h>
#include <gsl/gsl_statistics_double.h>

#endif
