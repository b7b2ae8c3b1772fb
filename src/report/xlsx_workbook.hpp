// A workbook built in memory through libxlsxwriter: typed cells, header rows, sheet names.
#pragma once

#include <xlsxwriter.h>

#include <initializer_list>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "regsim/analysis/summary.hpp"
#include "regsim/calendar/date.hpp"

namespace regsim::report::detail {

/// One .xlsx document. libxlsxwriter 1.1.4 (Debian 12) only writes to a named file, so the
/// workbook is written to an anonymous memory file (memfd) that nothing else can see and
/// read back whole by bytes(): the report module still never writes a file of the user's.
/// Not copyable; every sheet and format lives as long as the workbook.
class Workbook {
 public:
  /// `title` goes to the document properties; `created` (the schedule's start) is the
  /// creation date they record, so the same input gives the same bytes.
  Workbook(const std::string& title, calendar::Date created);
  ~Workbook();
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  /// A new sheet named `name` made valid for Excel (at most 31 characters, none of
  /// []:*?/\, unique ignoring case: a repeated name gets "~2", "~3").
  lxw_worksheet* sheet(std::string_view name);

  /// Writes a bold header row at `row`, freezes the panes below it (and right of the
  /// first `frozen_columns` columns).
  void header(lxw_worksheet* sheet, int row, const std::vector<std::string_view>& names,
              int frozen_columns = 0);

  void text(lxw_worksheet* sheet, int row, int col, std::string_view value);
  void number(lxw_worksheet* sheet, int row, int col, double value);
  void percent(lxw_worksheet* sheet, int row, int col, double fraction);
  void boolean(lxw_worksheet* sheet, int row, int col, bool value);
  /// A real date cell (an Excel serial day shown as yyyy-mm-dd); a blank cell for a
  /// special date.
  void date(lxw_worksheet* sheet, int row, int col, calendar::Date value);
  void width(lxw_worksheet* sheet, int first_col, int last_col, double characters);

  /// A fill colour for conditional formats (RGB, e.g. 0x4472C4).
  lxw_format* fill(unsigned rgb);
  lxw_format* date_format() const { return date_; }

  /// Closes the workbook and returns the .xlsx bytes. Throws regsim::Error when
  /// libxlsxwriter fails. Call once.
  std::string bytes();

 private:
  void check(lxw_error error, std::string_view what) const;

  int memory_fd_ = -1;
  lxw_workbook* book_ = nullptr;
  lxw_format* header_ = nullptr;
  lxw_format* date_ = nullptr;
  lxw_format* percent_ = nullptr;
  std::set<std::string> names_;  ///< sheet names so far, lower case
};

/// "Monte Carlo" of a comparison with runs: per side (a summary each, the baseline's
/// first), the end and each milestone with P-dates and days (xlsx_simulation.cpp).
void monte_carlo_sheet(Workbook& book, const std::vector<analysis::SimulationSummary>& summaries);

}  // namespace regsim::report::detail
