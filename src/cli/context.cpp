#include "context.hpp"

#include <ostream>

#include "interrupt.hpp"
#include "regsim/error.hpp"
#include "regsim/report/csv.hpp"

namespace regsim::cli {

void emit(Context& context, const std::string& output_path, const std::string& text) {
  if (output_path.empty() || output_path == "-") {
    context.out << text;
    context.out.flush();
    return;
  }
  write_output_file(output_path, text);
}

void refuse_binary_on_terminal(const Context& context, const std::string& output_path,
                               const std::string& format) {
  if (context.stdout_is_terminal && (output_path.empty() || output_path == "-")) {
    throw UsageError("--format " + format +
                     " writes a binary file: name it with -o FILE.xlsx or redirect stdout");
  }
}

std::string with_csv_bom(bool bom, const std::string& format, std::string text) {
  if (!bom) return text;
  if (format != "csv") throw UsageError("--csv-bom goes with --format csv");
  return std::string(report::utf8_bom) + text;
}

}  // namespace regsim::cli
