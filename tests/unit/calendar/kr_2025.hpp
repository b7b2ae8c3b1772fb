// Test data: the Korean public holidays of 2025 as announced (관공서의 공휴일에 관한 규정;
// temporary holiday 2025-01-27 designated by the Cabinet on 2025-01-14; presidential
// election 2025-06-03), typed in by hand from the announcements, not from the data files.
#pragma once

#include <vector>

#include "regsim/calendar/calendar.hpp"

namespace regsim::test {

inline std::vector<calendar::Holiday> kr_2025_holidays() {
  using calendar::Date;
  return {
      {Date(2025, 1, 1), "New Year's Day"},
      {Date(2025, 1, 27), "Temporary holiday"},
      {Date(2025, 1, 28), "Seollal (day before)"},
      {Date(2025, 1, 29), "Seollal"},
      {Date(2025, 1, 30), "Seollal (day after)"},
      {Date(2025, 3, 1), "Independence Movement Day"},
      {Date(2025, 3, 3), "Substitute holiday (Independence Movement Day)"},
      {Date(2025, 5, 5), "Children's Day"},
      {Date(2025, 5, 5), "Buddha's Birthday"},
      {Date(2025, 5, 6), "Substitute holiday (Children's Day, Buddha's Birthday)"},
      {Date(2025, 6, 3), "Presidential election"},
      {Date(2025, 6, 6), "Memorial Day"},
      {Date(2025, 8, 15), "Liberation Day"},
      {Date(2025, 10, 3), "National Foundation Day"},
      {Date(2025, 10, 5), "Chuseok (day before)"},
      {Date(2025, 10, 6), "Chuseok"},
      {Date(2025, 10, 7), "Chuseok (day after)"},
      {Date(2025, 10, 8), "Substitute holiday (Chuseok)"},
      {Date(2025, 10, 9), "Hangul Day"},
      {Date(2025, 12, 25), "Christmas Day"},
      {Date(2026, 1, 1), "New Year's Day"},
  };
}

}  // namespace regsim::test
