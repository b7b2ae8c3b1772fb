// Arrival dates of a portfolio: explicit, regular, Poisson, empirical gaps, monthly rates.
#include <algorithm>
#include <cmath>
#include <optional>

#include "arrival_days.hpp"
#include "days.hpp"
#include "regsim/calendar/convention.hpp"
#include "regsim/error.hpp"
#include "regsim/sim/portfolio.hpp"
#include "regsim/sim/sampling.hpp"

namespace regsim::sim {
namespace {

const calendar::Calendar& default_calendar_of(const model::Pathway& pathway) {
  static const calendar::Calendar weekdays;
  const auto found = pathway.calendars.find(pathway.calendar);
  return found == pathway.calendars.end() ? weekdays : found->second;
}

double interval_days(const calendar::Duration& interval) {
  return interval.unit == calendar::DurationUnit::weeks ? 7.0 * interval.amount
                                                        : static_cast<double>(interval.amount);
}

// Arrival times of a renewal process of `gaps` (days), each drawn with equal chance: the
// k-th at the sum of k draws (k = 1, 2, ...). Without `random`, the k-th at k x the mean
// gap from k = 0, as a Poisson process's deterministic plan.
auto renewal_times(const std::vector<double>& gaps, Engine* random) {
  double mean = 0;
  for (const double gap : gaps)
    mean += gap / static_cast<double>(gaps.size());
  return [&gaps, random, mean, t = 0.0, k = 0]() mutable {
    if (random == nullptr) return mean * static_cast<double>(k++);
    const auto pick =
        std::min(gaps.size() - 1,
                 static_cast<std::size_t>(uniform(*random) * static_cast<double>(gaps.size())));
    return t += gaps[pick];
  };
}

// Arrival times of a Poisson process whose rate is `rates[month - 1]` arrivals a month,
// spread evenly over the month's days: each arrival comes once the expected count since
// the last has grown by an exponential draw of mean 1 (a change of time). Without `random`,
// the k-th when the expected count from the start reaches k (k = 0, 1, ...).
class MonthlyTimes {
 public:
  MonthlyTimes(const std::vector<double>& rates, calendar::Date start, Engine* random)
      : rates_(&rates), start_(start), random_(random) {}

  double operator()() {
    if (first_ && random_ == nullptr) {
      first_ = false;
      return 0;
    }
    double amount = random_ != nullptr ? exponential_quantile(1.0, uniform(*random_)) : 1.0;
    for (;;) {
      if (t_ > 3'000'000.0) return t_;  // the caller stops there
      const auto day = start_ + boost::gregorian::days(static_cast<long>(std::floor(t_)));
      const calendar::Date month_end =
          calendar::add_months_clamped(calendar::Date(day.year(), day.month(), 1), 1);
      const double end = static_cast<double>(calendar::days_between(start_, month_end));
      const double rate = (*rates_)[static_cast<std::size_t>(day.month() - 1)] /
                          static_cast<double>(day.end_of_month().day());
      const double room = (end - t_) * rate;
      // Strictly inside the month: an arrival due exactly at its end belongs to the next
      // month with a rate (a deterministic plan lands there; a draw almost never does).
      if (rate > 0 && room > amount) return t_ += amount / rate;
      amount -= room;
      t_ = end;
    }
  }

 private:
  const std::vector<double>* rates_;
  calendar::Date start_;
  Engine* random_;
  double t_ = 0;
  bool first_ = true;
};

}  // namespace

namespace detail {

std::vector<std::int32_t> portfolio_arrival_days(const model::Pathway& pathway,
                                                 const model::Portfolio& portfolio,
                                                 calendar::Date start, Engine* random) {
  const std::int64_t limit = max_portfolio_applications(pathway);
  const auto check = [&](std::int64_t n) {
    if (n > limit) throw Error(portfolio_limit_message(pathway, n));
  };
  std::vector<std::int32_t> arrivals;
  if (!portfolio.arrivals.empty()) {
    check(std::ssize(portfolio.arrivals));
    arrivals.reserve(portfolio.arrivals.size());
    for (const auto& date : portfolio.arrivals)
      arrivals.push_back(to_day(date));
    return arrivals;
  }
  const std::optional<std::int32_t> until =
      portfolio.until ? std::optional(to_day(*portfolio.until)) : std::nullopt;
  const auto more = [&](std::int32_t next) {
    if (portfolio.count > 0 && std::ssize(arrivals) >= portfolio.count) return false;
    if (until && next > *until) return false;
    if (portfolio.count == 0 && !until) return false;
    check(std::ssize(arrivals) + 1);
    return true;
  };
  if (portfolio.count > 0) {
    arrivals.reserve(static_cast<std::size_t>(std::min<std::int64_t>(portfolio.count, limit)));
  }
  const std::int32_t origin = to_day(start);
  // Arrivals at start + floor(T) for the times T that `next` gives in turn. Day numbers,
  // not dates: a date costs two conversions per application of every run.
  const auto continuous = [&](auto next) {
    for (;;) {
      const double t = next();
      // Past the supported years: stop, the `until` or count cannot be reached anyway.
      if (!(t <= 3'000'000.0)) break;
      const std::int32_t day = checked_day(origin + static_cast<std::int32_t>(std::floor(t)));
      if (!more(day)) break;
      arrivals.push_back(day);
    }
    return arrivals;
  };
  if (!portfolio.gaps.empty()) return continuous(renewal_times(portfolio.gaps, random));
  if (!portfolio.monthly.empty()) {
    return continuous(MonthlyTimes(portfolio.monthly, start, random));
  }
  if (portfolio.poisson && random != nullptr) {
    const double mean = interval_days(portfolio.interval);
    double t = 0;
    return continuous([&] { return t += exponential_quantile(mean, uniform(*random)); });
  }
  const auto& calendar = default_calendar_of(pathway);
  for (int k = 0;; ++k) {
    const calendar::Duration offset{portfolio.interval.amount * k, portfolio.interval.unit};
    const std::int32_t next =
        to_day(calendar::add_duration(start, offset, calendar, calendar::Convention::plain));
    if (!more(next)) break;
    arrivals.push_back(next);
  }
  return arrivals;
}

}  // namespace detail

std::vector<calendar::Date> portfolio_arrivals(const model::Pathway& pathway,
                                               const model::Portfolio& portfolio,
                                               calendar::Date start, Engine* random) {
  const auto days = detail::portfolio_arrival_days(pathway, portfolio, start, random);
  std::vector<calendar::Date> dates;
  dates.reserve(days.size());
  for (const std::int32_t day : days)
    dates.push_back(detail::to_date(day));
  return dates;
}

}  // namespace regsim::sim
