// Student's t through Boost.Math (students_t; normal for infinite df), with domain checks
// that throw std::invalid_argument instead of Boost's own exceptions. Quantiles are memoized
// per (p, df): a suite comparison asks for the same few (e.g. t_0.975 at df = 19 for every
// benchmark of a paired session, and twice per benchmark for the interval and the MDE), and
// each costs thousands of instructions in Boost's inverse incomplete beta.
#include "compare/stats/student_t.hpp"

#include <array>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <cstddef>
#include <stdexcept>

namespace gilbench::compare::stats {

namespace {

void check_df(double df) {
  if (std::isnan(df) || df <= 0.0) throw std::invalid_argument("t distribution needs df > 0");
}

double compute_t_quantile(double p, double df) {
  if (std::isinf(df)) return boost::math::quantile(boost::math::normal_distribution<double>(), p);
  return boost::math::quantile(boost::math::students_t_distribution<double>(df), p);
}

// The last few quantiles computed by this thread, replaced round-robin. Exact (p, df) keys:
// a hit returns the very value Boost computed, so results do not depend on the cache.
class QuantileCache {
 public:
  double get(double p, double df) {
    for (const Entry& entry : entries_)
      if (entry.used && entry.p == p && entry.df == df) return entry.quantile;
    Entry& slot = entries_[next_];
    next_ = (next_ + 1) % entries_.size();
    slot = Entry{p, df, compute_t_quantile(p, df), true};
    return slot.quantile;
  }

 private:
  struct Entry {
    double p = 0.0;
    double df = 0.0;
    double quantile = 0.0;
    bool used = false;
  };
  std::array<Entry, 8> entries_{};  // a comparison uses 3 (p) at one df; 8 covers two dfs
  std::size_t next_ = 0;
};

}  // namespace

double t_quantile(double p, double df) {
  check_df(df);
  if (!(p > 0.0 && p < 1.0)) throw std::invalid_argument("t quantile needs 0 < p < 1");
  thread_local QuantileCache cache;
  return cache.get(p, df);
}

double t_cdf(double x, double df) {
  check_df(df);
  if (std::isnan(x)) throw std::invalid_argument("t CDF of NaN");
  if (std::isinf(x)) return x > 0 ? 1.0 : 0.0;
  if (std::isinf(df)) return boost::math::cdf(boost::math::normal_distribution<double>(), x);
  return boost::math::cdf(boost::math::students_t_distribution<double>(df), x);
}

double t_upper_p(double t, double df) {
  check_df(df);
  if (std::isnan(t)) throw std::invalid_argument("t p-value of NaN");
  if (std::isinf(t)) return t > 0 ? 0.0 : 1.0;
  // The complement keeps precision in the far upper tail.
  if (std::isinf(df)) {
    return boost::math::cdf(boost::math::complement(boost::math::normal_distribution<double>(), t));
  }
  return boost::math::cdf(
      boost::math::complement(boost::math::students_t_distribution<double>(df), t));
}

double t_two_sided_p(double t, double df) {
  const double p = 2.0 * t_upper_p(std::fabs(t), df);
  return p > 1.0 ? 1.0 : p;
}

double t_critical(double confidence, double df) {
  if (!(confidence > 0.0 && confidence < 1.0)) {
    throw std::invalid_argument("confidence must lie in (0, 1)");
  }
  return t_quantile(0.5 + confidence / 2.0, df);
}

}  // namespace gilbench::compare::stats
