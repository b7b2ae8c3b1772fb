#include "context.hpp"

#include <ostream>

#include "interrupt.hpp"

namespace regsim::cli {

void emit(Context& context, const std::string& output_path, const std::string& text) {
  if (output_path.empty() || output_path == "-") {
    context.out << text;
    context.out.flush();
    return;
  }
  write_output_file(output_path, text);
}

}  // namespace regsim::cli
