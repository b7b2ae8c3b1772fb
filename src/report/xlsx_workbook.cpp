#include "xlsx_workbook.hpp"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>

#include "regsim/error.hpp"

namespace regsim::report::detail {
namespace {

constexpr std::size_t max_sheet_name = 31;  // characters, Excel's limit

// `name` with Excel's forbidden characters replaced and cut to 31 characters (UTF-8 code
// points, never inside one).
std::string valid_sheet_name(std::string_view name) {
  std::string result;
  std::size_t characters = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool continuation = (static_cast<unsigned char>(c) & 0xC0) == 0x80;
    if (!continuation && ++characters > max_sheet_name) break;
    result += std::strchr("[]:*?/\\", c) != nullptr && c != '\0' ? '_' : c;
  }
  if (result.empty()) result = "Sheet";
  if (result.front() == '\'') result.front() = '_';
  if (result.back() == '\'') result.back() = '_';
  return result;
}

std::string lower(std::string text) {
  for (char& c : text)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

Workbook::Workbook(const std::string& title, calendar::Date created) {
  memory_fd_ = ::memfd_create("regsim-xlsx", MFD_CLOEXEC);
  if (memory_fd_ < 0) throw Error(std::string("xlsx: no memory file: ") + std::strerror(errno));
  const std::string path = "/proc/self/fd/" + std::to_string(memory_fd_);
  book_ = workbook_new(path.c_str());
  if (book_ == nullptr) {
    ::close(memory_fd_);
    throw Error("xlsx: libxlsxwriter could not start a workbook");
  }
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());  // libxlsxwriter copies it
  properties.author = const_cast<char*>("regsim");
  if (!created.is_special()) {
    properties.created =
        static_cast<std::time_t>((created - calendar::Date(1970, 1, 1)).days()) * 86400;
  }
  workbook_set_properties(book_, &properties);

  header_ = workbook_add_format(book_);
  format_set_bold(header_);
  format_set_bg_color(header_, 0xD9E1F2);
  format_set_bottom(header_, LXW_BORDER_THIN);
  date_ = workbook_add_format(book_);
  format_set_num_format(date_, "yyyy-mm-dd");
  percent_ = workbook_add_format(book_);
  format_set_num_format(percent_, "0.0%");
}

Workbook::~Workbook() {
  if (book_ != nullptr) workbook_close(book_);  // only after an error: bytes() closes it
  if (memory_fd_ >= 0) ::close(memory_fd_);
}

lxw_worksheet* Workbook::sheet(std::string_view name) {
  const std::string base = valid_sheet_name(name);
  std::string unique = base;
  for (int n = 2; names_.count(lower(unique)) > 0; ++n) {
    const std::string suffix = "~" + std::to_string(n);
    unique = valid_sheet_name(base.substr(0, base.size() > max_sheet_name - suffix.size()
                                                 ? max_sheet_name - suffix.size()
                                                 : base.size())) +
             suffix;
  }
  names_.insert(lower(unique));
  lxw_worksheet* sheet = workbook_add_worksheet(book_, unique.c_str());
  if (sheet == nullptr) throw Error("xlsx: cannot add a sheet named '" + unique + "'");
  return sheet;
}

void Workbook::header(lxw_worksheet* sheet, int row, const std::vector<std::string_view>& names,
                      int frozen_columns) {
  int col = 0;
  for (const auto name : names) {
    check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                 std::string(name).c_str(), header_),
          "header");
    ++col;
  }
  worksheet_freeze_panes(sheet, static_cast<lxw_row_t>(row + 1),
                         static_cast<lxw_col_t>(frozen_columns));
}

void Workbook::text(lxw_worksheet* sheet, int row, int col, std::string_view value) {
  check(worksheet_write_string(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                               std::string(value).c_str(), nullptr),
        "text");
}

void Workbook::number(lxw_worksheet* sheet, int row, int col, double value) {
  check(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                               value, nullptr),
        "number");
}

void Workbook::percent(lxw_worksheet* sheet, int row, int col, double fraction) {
  check(worksheet_write_number(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                               fraction, percent_),
        "number");
}

void Workbook::boolean(lxw_worksheet* sheet, int row, int col, bool value) {
  check(worksheet_write_boolean(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                value ? 1 : 0, nullptr),
        "boolean");
}

void Workbook::date(lxw_worksheet* sheet, int row, int col, calendar::Date value) {
  if (value.is_special()) return;
  lxw_datetime day{};
  day.year = static_cast<int>(value.year());
  day.month = static_cast<int>(value.month());
  day.day = static_cast<int>(value.day());
  check(worksheet_write_datetime(sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col),
                                 &day, date_),
        "date");
}

void Workbook::width(lxw_worksheet* sheet, int first_col, int last_col, double characters) {
  check(worksheet_set_column(sheet, static_cast<lxw_col_t>(first_col),
                             static_cast<lxw_col_t>(last_col), characters, nullptr),
        "column width");
}

lxw_format* Workbook::fill(unsigned rgb) {
  lxw_format* format = workbook_add_format(book_);
  format_set_bg_color(format, rgb);
  format_set_font_color(format, rgb);  // the day cells carry no text worth reading
  return format;
}

std::string Workbook::bytes() {
  const lxw_error closed = workbook_close(book_);
  book_ = nullptr;
  check(closed, "writing the workbook");
  struct stat info {};
  if (::fstat(memory_fd_, &info) != 0) throw Error("xlsx: cannot read the workbook back");
  std::string result(static_cast<std::size_t>(info.st_size), '\0');
  std::size_t done = 0;
  while (done < result.size()) {
    const ssize_t got =
        ::pread(memory_fd_, result.data() + done, result.size() - done, static_cast<off_t>(done));
    if (got <= 0) throw Error("xlsx: cannot read the workbook back");
    done += static_cast<std::size_t>(got);
  }
  return result;
}

void Workbook::check(lxw_error error, std::string_view what) const {
  if (error != LXW_NO_ERROR) {
    throw Error("xlsx: " + std::string(what) + ": " + lxw_strerror(error));
  }
}

}  // namespace regsim::report::detail
