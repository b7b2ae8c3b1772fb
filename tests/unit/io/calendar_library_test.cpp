#include "regsim/io/calendar_library.hpp"

#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <set>

#include "regsim/error.hpp"
#include "regsim/io/data_directory.hpp"
#include "unit/calendar/kr_2025.hpp"

using regsim::calendar::Convention;
using regsim::calendar::Date;
using regsim::io::load_calendar;

namespace {

// A scratch directory for calendar files, removed at the end of the test.
struct ScratchDirectory {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("regsim-calendar-test-" + std::to_string(::getpid()));
  ScratchDirectory() { std::filesystem::create_directories(path); }
  ~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::ofstream(path / name) << text;
    return path / name;
  }
};

// The diagnostic ids and lines of a failing load.
std::vector<std::pair<std::string, int>> problems(const std::function<void()>& load) {
  try {
    load();
  } catch (const regsim::InputError& error) {
    std::vector<std::pair<std::string, int>> found;
    for (const auto& d : error.diagnostics())
      found.emplace_back(d.id, d.where.line);
    return found;
  }
  return {};
}

bool closed(const regsim::calendar::Calendar& calendar, int y, int m, int d) {
  return !calendar.is_working_day(Date(static_cast<unsigned short>(y),
                                       static_cast<unsigned short>(m),
                                       static_cast<unsigned short>(d)));
}

}  // namespace

TEST_CASE("the data directory follows REGSIM_DATA_DIR", "[io]") {
  ::setenv("REGSIM_DATA_DIR", "/somewhere/else", 1);
  CHECK(regsim::io::data_directory() == "/somewhere/else");
  CHECK(regsim::io::calendars_directory() == "/somewhere/else/calendars");
  ::unsetenv("REGSIM_DATA_DIR");
  CHECK(regsim::io::data_directory() == std::filesystem::path(REGSIM_WORKFLOWS_DIR));
}

TEST_CASE("bundled calendar names", "[io]") {
  const auto names = regsim::io::bundled_calendar_names();
  CHECK(std::is_sorted(names.begin(), names.end()));
  for (const char* name : {"kr", "us-federal", "eu-ema", "weekdays"}) {
    CHECK(std::find(names.begin(), names.end(), name) != names.end());
  }
  CHECK(regsim::io::is_calendar_path("office.yaml"));
  CHECK(regsim::io::is_calendar_path("calendars/office"));
  CHECK_FALSE(regsim::io::is_calendar_path("kr"));
}

TEST_CASE("kr: gazette holidays, substitutes, elections and temporary holidays", "[io]") {
  const auto kr = load_calendar("kr");
  CHECK(kr.calendar.name() == "kr");
  CHECK(kr.convention == Convention::kr_civil_petition);
  const auto& c = kr.calendar;
  CHECK(closed(c, 2025, 1, 27));  // temporary holiday (Cabinet, 14 Jan 2025)
  CHECK(closed(c, 2025, 6, 3));   // presidential election
  CHECK(closed(c, 2025, 10, 8));  // substitute: Chuseok eve on a Sunday
  CHECK(closed(c, 2025, 5, 6));   // substitute: Children's Day and Buddha's Birthday on one day
  CHECK(closed(c, 2023, 5, 29));  // first substitute for Buddha's Birthday (May 2023 rule)
  CHECK(closed(c, 2021, 8, 16));  // first substitute for Liberation Day (2021 rule)
  CHECK(closed(c, 2023, 1, 24));  // Seollal on Sunday 22 Jan, day after on 23: substitute 24
  CHECK(closed(c, 2017, 10, 6));  // Chuseok overlapping National Foundation Day
  CHECK(closed(c, 2017, 10, 2));  // temporary holiday 2017
  CHECK(closed(c, 2020, 8, 17));  // temporary holiday 2020
  CHECK(closed(c, 2024, 10, 1));  // temporary holiday (Armed Forces Day) 2024
  CHECK(closed(c, 2015, 9, 29));  // Chuseok substitute 2015
  CHECK(closed(c, 2026, 5, 1));   // Labour Day, a public holiday from 2026
  CHECK(closed(c, 2026, 7, 17));  // Constitution Day, again a public holiday from 2026
  CHECK(closed(c, 2026, 6, 3));   // local elections 2026
  CHECK(closed(c, 2035, 9, 18));  // Chuseok substitute 2035
  CHECK_FALSE(closed(c, 2026, 6, 8));  // Memorial Day (Sat 6 Jun 2026) has no substitute
  CHECK_FALSE(closed(c, 2025, 5, 1));  // Labour Day was not a public-office holiday in 2025
  // 2025 has 244 working days (261 weekdays, 17 holidays on weekdays), by hand.
  CHECK(c.working_days_between(Date(2025, 1, 1), Date(2026, 1, 1)) == 244);
  CHECK(c.holidays().front().date == Date(2015, 1, 1));
  CHECK(c.holidays().back().date == Date(2035, 12, 25));
}

TEST_CASE("kr 2025 matches the holidays as announced, typed in by hand", "[io]") {
  std::vector<Date> announced;
  for (const auto& h : regsim::test::kr_2025_holidays()) {
    if (h.date.year() == 2025 && (announced.empty() || announced.back() != h.date)) {
      announced.push_back(h.date);
    }
  }
  std::vector<Date> bundled;
  for (const auto& h : load_calendar("kr").calendar.holidays_in_year(2025)) {
    bundled.push_back(h.date);
  }
  CHECK(bundled == announced);
}

TEST_CASE("us-federal: OPM observed days", "[io]") {
  const auto us = load_calendar("us-federal");
  const auto& c = us.calendar;
  // OPM 2025: eleven holidays, none moved.
  const auto y2025 = c.holidays_in_year(2025);
  std::vector<Date> dates;
  for (const auto& h : y2025)
    dates.push_back(h.date);
  CHECK(dates == std::vector<Date>{Date(2025, 1, 1), Date(2025, 1, 20), Date(2025, 2, 17),
                                   Date(2025, 5, 26), Date(2025, 6, 19), Date(2025, 7, 4),
                                   Date(2025, 9, 1), Date(2025, 10, 13), Date(2025, 11, 11),
                                   Date(2025, 11, 27), Date(2025, 12, 25)});
  CHECK(c.holiday_name(Date(2025, 1, 20)) == "Birthday of Martin Luther King, Jr.");
  CHECK(closed(c, 2021, 12, 31));  // New Year's Day 2022 (Saturday) observed Friday
  CHECK(c.holiday_name(Date(2021, 12, 31)) == "New Year's Day (observed)");
  CHECK(closed(c, 2021, 6, 18));        // first Juneteenth, a Saturday: observed Friday 18 June
  CHECK_FALSE(closed(c, 2020, 6, 19));  // no Juneteenth before 2021
  CHECK(closed(c, 2020, 7, 3));         // Independence Day 2020 on a Saturday
  CHECK(closed(c, 2022, 12, 26));       // Christmas 2022 on a Sunday: observed Monday
  CHECK(closed(c, 2023, 1, 2));         // New Year's Day 2023 on a Sunday
  CHECK(closed(c, 2026, 7, 3));         // Independence Day 2026 on a Saturday
  CHECK(closed(c, 2100, 11, 25));       // Thanksgiving 2100: fourth Thursday of November
}

TEST_CASE("user calendars: base, closures, weekend, convention", "[io]") {
  ScratchDirectory dir;
  dir.write("office.yaml",
            "id: office\n"
            "base: kr\n"
            "convention: plain\n"
            "closures:\n"
            "  - {date: 2025-12-31, name: Year-end closure}\n"
            "  - {date: 2025-12-30}\n");
  dir.write("team.yaml", "base: office.yaml\nweekend: [fri, sat]\n");
  const auto office = load_calendar("office.yaml", dir.path);
  CHECK(office.calendar.name() == "office");
  CHECK(office.convention == Convention::plain);
  CHECK(closed(office.calendar, 2025, 12, 31));
  CHECK(closed(office.calendar, 2025, 10, 8));  // from the base
  CHECK(office.calendar.holiday_name(Date(2025, 12, 30)) == "Closure");
  const auto team = regsim::io::read_calendar_file(dir.path / "team.yaml");
  CHECK(team.calendar.name() == "team");                   // the file's stem
  CHECK(team.convention == Convention::plain);             // inherited
  CHECK(team.calendar.is_working_day(Date(2025, 1, 12)));  // a Sunday: working here
  CHECK(closed(team.calendar, 2025, 12, 31));

  const auto built =
      regsim::io::build_calendar({"mfds", "kr", {{Date(2025, 12, 31), "Year-end"}}, std::nullopt});
  CHECK(built.calendar.name() == "mfds");
  CHECK(built.convention == Convention::kr_civil_petition);
  CHECK(closed(built.calendar, 2025, 12, 31));
  CHECK(closed(built.calendar, 2025, 1, 27));

  regsim::io::CalendarLibrary library;
  const auto& first = library.get("kr");
  CHECK(&library.get("kr") == &first);
  CHECK(&library.get("office.yaml", dir.path) == &library.get("office.yaml", dir.path));
}

TEST_CASE("calendar files: every problem is reported with its line", "[io]") {
  ScratchDirectory dir;
  const auto bad = dir.write("bad.yaml",
                             "id: bad\n"
                             "convention: kr-civil\n"
                             "weekend: [sat, sunday]\n"
                             "holiday:\n"
                             "  - {date: 2025-02-30, name: x}\n"
                             "holidays:\n"
                             "  - {date: 2025-02-30, name: x}\n"
                             "rules:\n"
                             "  - {name: y, month: 4, day: 31}\n"
                             "  - {name: z, month: 13, day: 1}\n");
  const auto found = problems([&] { regsim::io::read_calendar_file(bad); });
  using P = std::pair<std::string, int>;
  CHECK(found == std::vector<P>{P{"unknown_key", 4}, P{"bad_weekday", 3},
                                P{"unknown_convention", 2}, P{"bad_date", 7}, P{"bad_rule", 9},
                                P{"bad_number", 10}});
  CHECK(problems([] { load_calendar("atlantis"); }) == std::vector<P>{P{"unknown_calendar", 0}});
  CHECK(problems([&] { load_calendar("missing.yaml", dir.path); }) ==
        std::vector<P>{P{"file_not_found", 1}});
  dir.write("a.yaml", "base: b.yaml\n");
  dir.write("b.yaml", "base: a.yaml\n");
  const auto loop = problems([&] { load_calendar("a.yaml", dir.path); });
  REQUIRE_FALSE(loop.empty());
  CHECK(loop.front().first == "calendar_loop");
  const auto syntax = dir.write("syntax.yaml", "holidays: [\n");
  CHECK(problems([&] { regsim::io::read_calendar_file(syntax); }).front().first == "yaml_syntax");
  CHECK(problems([&] {
          regsim::io::parse_calendar("weekend: [mon, tue, wed, thu, fri, sat, sun]", "all.yaml");
        })
            .front()
            .first == "bad_calendar");
  try {
    load_calendar("atlantis");
  } catch (const regsim::InputError& error) {
    CHECK_THAT(error.diagnostics().front().message, Catch::Contains("kr, us-federal, weekdays"));
  }
}

TEST_CASE("kr data: three days of Seollal and Chuseok a year, substitutes on weekdays", "[io]") {
  const auto kr = load_calendar("kr").calendar;
  for (int year = 2015; year <= 2035; ++year) {
    int seollal = 0, chuseok = 0;
    for (const auto& holiday : kr.holidays_in_year(year)) {
      if (holiday.name.rfind("Seollal", 0) == 0) ++seollal;
      if (holiday.name.rfind("Chuseok", 0) == 0) ++chuseok;
      if (holiday.name.rfind("Substitute", 0) == 0) {
        const int weekday = holiday.date.day_of_week();
        CHECK((weekday >= 1 && weekday <= 5));
      }
    }
    INFO(year);
    CHECK(seollal == 3);
    CHECK(chuseok == 3);
  }
}

TEST_CASE("property: bundled kr agrees with a day-by-day walk over its years", "[io]") {
  const auto kr = load_calendar("kr").calendar;
  std::set<Date> holidays;
  for (const auto& h : kr.holidays())
    holidays.insert(h.date);
  std::vector<Date> working;  // every working day, walked one day at a time
  for (Date d(2014, 11, 1); d <= Date(2036, 3, 1); d += boost::gregorian::days(1)) {
    const int weekday = d.day_of_week();
    if (weekday != 0 && weekday != 6 && holidays.count(d) == 0) working.push_back(d);
  }
  std::size_t next = 0;
  for (Date d(2014, 11, 1); d <= Date(2036, 1, 31); d += boost::gregorian::days(1)) {
    while (working[next] < d)
      ++next;
    REQUIRE(kr.next_working_day_on_or_after(d) == working[next]);
    REQUIRE(kr.is_working_day(d) == (working[next] == d));
  }
  for (std::size_t i = 0; i + 1000 < working.size(); i += 3) {
    for (std::size_t k : {1, 2, 45, 63, 64, 65, 250, 1000}) {
      REQUIRE(kr.add_working_days(working[i], static_cast<int>(k)) == working[i + k]);
      REQUIRE(kr.add_working_days(working[i + k], -static_cast<int>(k)) == working[i]);
      REQUIRE(kr.working_days_between(working[i], working[i + k]) == static_cast<int>(k));
    }
  }
}

TEST_CASE("calendar holidays are bounded before rules are expanded", "[io][limits]") {
  // One rule over the widest span is 8,598 holidays; the twelfth crosses 100,000.
  std::string text = "years: [1401, 9998]\nrules:\n";
  for (int month = 1; month <= 12; ++month)
    text += "  - {name: r" + std::to_string(month) + ", month: " + std::to_string(month) +
            ", day: 1}\n";
  using P = std::pair<std::string, int>;
  CHECK(problems([&] { regsim::io::parse_calendar(text, "wide.yaml"); }) ==
        std::vector<P>{P{"too_many_holidays", 14}});
  // The same rule repeated through an alias, as the 30 KB calendar did: reported
  // once, at the first rule past the limit, whatever the number of repeats.
  std::string aliased = "years: [1401, 9998]\nrules:\n  - &r {name: r, month: 1, day: 1}\n";
  for (int i = 0; i < 10000; ++i)
    aliased += "  - *r\n";
  CHECK(problems([&] { regsim::io::parse_calendar(aliased, "aliased.yaml"); }) ==
        std::vector<P>{P{"too_many_holidays", 3}});
  // Eleven fit.
  std::string eleven = "years: [1401, 9998]\nrules:\n";
  for (int month = 1; month <= 11; ++month)
    eleven += "  - {name: r, month: " + std::to_string(month) + ", day: 1}\n";
  CHECK(regsim::io::parse_calendar(eleven, "eleven.yaml").calendar.holidays().size() ==
        11u * 8598u);
  // Listed days count too, their base's included.
  ScratchDirectory dir;
  dir.write("wide.yaml", eleven);
  std::string listed = "base: wide.yaml\nholidays:\n";
  for (int i = 0; i < 6000; ++i)
    listed += "  - {date: 2000-01-01}\n";
  dir.write("listed.yaml", listed);
  const auto over = problems([&] { load_calendar("listed.yaml", dir.path); });
  REQUIRE(over.size() == 1);
  // The entry that crosses the limit, 100,000 - 11 x 8,598 = 5,422 entries in.
  CHECK(over.front() == P{"too_many_holidays", 2 + 100000 - 11 * 8598 + 1});
}
