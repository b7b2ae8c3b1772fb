#include "regsim/calendar/sittings.hpp"

#include <algorithm>

#include "day_number.hpp"
#include "regsim/error.hpp"

namespace regsim::calendar {
namespace {

using boost::gregorian::date_duration;

void check_rule(const std::string& name, const SittingRule& rule) {
  const auto fail = [&](const std::string& what) {
    throw Error("sitting calendar '" + name + "': " + what);
  };
  if (rule.weekday < 0 || rule.weekday > 6) fail("weekday must be 0 (Sunday) .. 6 (Saturday)");
  if (rule.nth != -1 && (rule.nth < 1 || rule.nth > 5)) fail("nth must be 1..5 or -1 (last)");
  if (rule.kind == SittingRule::Kind::nth_full_week_days) {
    if (rule.last_weekday < 0 || rule.last_weekday > 6) {
      fail("last weekday must be 0 (Sunday) .. 6 (Saturday)");
    }
    if (rule.nth == 5) fail("a month has at most 4 full weeks; use -1 for the last");
  }
  for (int month : rule.skip_months) {
    if (month < 1 || month > 12) fail("skipped months must be 1..12");
  }
}

// Position in a Monday-to-Sunday week: Monday 0 .. Sunday 6.
int monday_offset(int weekday) {
  return (weekday + 6) % 7;
}

// The sitting days a rule gives in one month, sorted.
std::vector<Date> rule_days(const SittingRule& rule, int year, int month) {
  if (std::find(rule.skip_months.begin(), rule.skip_months.end(), month) !=
      rule.skip_months.end()) {
    return {};
  }
  const auto y = static_cast<unsigned short>(year);
  const auto m = static_cast<unsigned short>(month);
  const Date first(y, m, 1);
  const Date last = first.end_of_month();
  if (rule.kind == SittingRule::Kind::nth_weekday) {
    if (rule.nth == -1) {
      const int back = (static_cast<int>(last.day_of_week()) - rule.weekday + 7) % 7;
      return {last - date_duration(back)};
    }
    const int ahead = (rule.weekday - static_cast<int>(first.day_of_week()) + 7) % 7;
    const Date day = first + date_duration(ahead + 7 * (rule.nth - 1));
    if (day > last) return {};  // no fifth Wednesday this month
    return {day};
  }
  // A full week lies wholly inside the month, Monday to Sunday.
  const int to_monday = (1 - static_cast<int>(first.day_of_week()) + 7) % 7;
  const Date first_monday = first + date_duration(to_monday);
  const int full_weeks = static_cast<int>((last - first_monday).days() + 1) / 7;
  const int week = rule.nth == -1 ? full_weeks : rule.nth;
  if (week < 1 || week > full_weeks) return {};
  const Date monday = first_monday + date_duration(7 * (week - 1));
  const int from = monday_offset(rule.weekday);
  const int to = std::max(from, monday_offset(rule.last_weekday));
  std::vector<Date> days;
  for (int offset = from; offset <= to; ++offset)
    days.push_back(monday + date_duration(offset));
  return days;
}

bool contains(const std::vector<Date>& sorted, Date date) {
  return std::binary_search(sorted.begin(), sorted.end(), date);
}

}  // namespace

std::vector<SittingRule> monthly_cadence(const SittingRule& rule, int per_month) {
  if (rule.nth < 1 || rule.nth > 4)
    throw Error("a cadence counts from a rule's week 1..4, not the last or a fifth");
  if (per_month < 1 || per_month > 4) throw Error("a cadence is 1..4 sittings a month");
  // Weeks 1..4: the rule's own, the one two apart, the one after the later of the two.
  const int second = rule.nth <= 2 ? rule.nth + 2 : rule.nth - 2;
  const int third = std::max(rule.nth, second) % 4 + 1;
  const int fourth = 10 - rule.nth - second - third;
  const int weeks[] = {rule.nth, second, third, fourth};
  std::vector<SittingRule> rules;
  for (int k = 0; k < per_month; ++k) {
    SittingRule week = rule;
    week.nth = weeks[k];
    rules.push_back(std::move(week));
  }
  return rules;
}

SittingCalendar::SittingCalendar(std::string name, std::vector<Date> dates,
                                 std::vector<SittingRule> rules, std::vector<Date> cancelled)
    : name_(std::move(name)),
      dates_(std::move(dates)),
      rules_(std::move(rules)),
      cancelled_(std::move(cancelled)) {
  for (const auto& rule : rules_)
    check_rule(name_, rule);
  for (auto* list : {&dates_, &cancelled_}) {
    if (std::any_of(list->begin(), list->end(), [](Date d) { return d.is_special(); })) {
      throw Error("sitting calendar '" + name_ + "' has a date that is not a date");
    }
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
}

void SittingCalendar::set_rules(std::vector<SittingRule> rules) {
  for (const auto& rule : rules)
    check_rule(name_, rule);
  rules_ = std::move(rules);
}

std::optional<Date> SittingCalendar::next_sitting_on_or_after(Date date) const {
  std::optional<Date> best;
  for (auto it = std::lower_bound(dates_.begin(), dates_.end(), date); it != dates_.end(); ++it) {
    if (!contains(cancelled_, *it)) {
      best = *it;
      break;
    }
  }
  if (rules_.empty()) return best;
  // Rules: month by month, at most ten years ahead, stopping once the explicit
  // candidate's month is passed. Rules give nothing before projected_from_.
  const Date from = projected_from_ && *projected_from_ > date ? *projected_from_ : date;
  int year = from.year();
  int month = from.month();
  for (int step = 0; step <= 120 && year <= 9999; ++step) {
    const Date month_start(static_cast<unsigned short>(year), static_cast<unsigned short>(month),
                           1);
    if (best && month_start > *best) break;
    for (const auto& rule : rules_) {
      if (!rule_month(year, month)) break;
      for (Date day : rule_days(rule, year, month)) {
        if (day < from || contains(cancelled_, day)) continue;
        if (!best || day < *best) best = day;
        break;
      }
    }
    if (best && best->year() == year && best->month() == month) break;
    if (++month == 13) {
      month = 1;
      ++year;
    }
  }
  return best;
}

std::vector<Date> SittingCalendar::sittings_between(Date from, Date to) const {
  std::vector<Date> result;
  if (to < from) return result;
  for (auto it = std::lower_bound(dates_.begin(), dates_.end(), from);
       it != dates_.end() && *it <= to; ++it) {
    result.push_back(*it);
  }
  if (!rules_.empty()) {
    const Date low = projected_from_ && *projected_from_ > from ? *projected_from_ : from;
    int year = low.year();
    int month = low.month();
    while (year < to.year() || (year == to.year() && month <= to.month())) {
      for (const auto& rule : rules_) {
        if (!rule_month(year, month)) break;
        for (Date day : rule_days(rule, year, month)) {
          if (day >= low && day <= to) result.push_back(day);
        }
      }
      if (++month == 13) {
        month = 1;
        ++year;
      }
    }
  }
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());
  std::erase_if(result, [this](Date day) { return contains(cancelled_, day); });
  return result;
}

void SittingCalendar::set_slots(std::vector<Slot> slots, std::optional<SlotDerivation> derivation) {
  for (const auto& slot : slots) {
    if (slot.deadline.is_special() || slot.start.is_special()) {
      throw Error("timetable '" + name_ + "' has a slot date that is not a date");
    }
    if (slot.start < slot.deadline) {
      throw Error("timetable '" + name_ + "': the slot with deadline " + to_iso(slot.deadline) +
                  " starts before its deadline");
    }
  }
  std::sort(slots.begin(), slots.end(),
            [](const Slot& a, const Slot& b) { return a.deadline < b.deadline; });
  if (derivation && !derivation->sittings) {
    throw Error("timetable '" + name_ + "': slots derived from no sitting calendar");
  }
  if (derivation && (derivation->offset_days < 0 || derivation->lead_days < 0)) {
    throw Error("timetable '" + name_ + "': offset and lead days must not be negative");
  }
  slots_ = std::move(slots);
  derivation_ = std::move(derivation);
}

std::optional<Slot> SittingCalendar::slot_on_or_after(Date date) const {
  std::optional<Slot> best;
  const auto published =
      std::lower_bound(slots_.begin(), slots_.end(), date,
                       [](const Slot& slot, Date day) { return slot.deadline < day; });
  if (published != slots_.end()) best = *published;
  if (!derivation_) return best;
  // A derived slot's deadline is on or after `date` when its sitting is on or after
  // date + lead + offset.
  const auto& d = *derivation_;
  // A derived sitting past 9999-12-31 does not exist (Boost cannot even name its year).
  const std::int64_t earliest_day = detail::day_number(date) + d.lead_days + d.offset_days;
  if (earliest_day > detail::last_day_number) return best;
  Date earliest = date + date_duration(d.lead_days + d.offset_days);
  if (d.from && *d.from > earliest) earliest = *d.from;
  const auto sitting = d.sittings->next_sitting_on_or_after(earliest);
  if (!sitting) return best;
  const Date start = *sitting - date_duration(d.offset_days);
  const Slot derived{start - date_duration(d.lead_days), start, true};
  // Published slots win where they exist: a derived slot is taken only when it comes
  // before the next published one (a year without a published timetable).
  if (!best || derived.deadline < best->deadline) {
    if (slots_.empty() || derived.start > slots_.back().start) return derived;
  }
  return best;
}

std::optional<Date> SittingCalendar::next_finish_after(Date day) const {
  if (day.year() >= 9999 && day.month() == 12 && day.day() == 31) return std::nullopt;
  if (!is_timetable()) return next_sitting_on_or_after(day + date_duration(1));
  // The slot whose start is `day` has its deadline before it, at most a year before in
  // any timetable; walk the slots from there to the first that starts later.
  Date from = day.year() > 1401 ? day - date_duration(366) : day;
  for (int slot_count = 0; slot_count < 1000; ++slot_count) {
    const auto slot = slot_on_or_after(from);
    if (!slot) return std::nullopt;
    if (slot->start > day) return slot->start;
    if (slot->deadline.year() >= 9999 && slot->deadline.month() == 12) return std::nullopt;
    from = slot->deadline + date_duration(1);
  }
  return std::nullopt;
}

bool SittingCalendar::rule_month(int year, int month) const {
  if (!rules_fill_gaps_) return true;
  const Date first(static_cast<unsigned short>(year), static_cast<unsigned short>(month), 1);
  const auto it = std::lower_bound(dates_.begin(), dates_.end(), first);
  return it == dates_.end() || it->year() != year || it->month() != month;
}

bool SittingCalendar::projected(Date sitting) const {
  return !std::binary_search(dates_.begin(), dates_.end(), sitting);
}

}  // namespace regsim::calendar
