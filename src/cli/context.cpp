#include "context.hpp"

#include <ostream>

#include "interrupt.hpp"
#include "output/output.hpp"
#include "regsim/error.hpp"
#include "regsim/io/bundled.hpp"
#include "regsim/io/pathway_reader.hpp"
#include "regsim/report/csv.hpp"

namespace regsim::cli {

void emit(Context& context, const std::string& output_path, const std::string& text) {
  if (!context.writes_output) return;  // an MPI rank other than 0
  if (output_path.empty() || output_path == "-") {
    write_standard_output(context.out, text);
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

model::Pathway read_pathway_input(const std::string& argument) {
  const auto path = io::resolve_pathway_argument(argument);
  note_input_file(path);
  model::Pathway pathway = io::read_pathway(path);
  note_pathway_files(pathway);
  return pathway;
}

void note_pathway_files(const model::Pathway& pathway) {
  note_input_file(pathway.file);
  // Included files name their tasks and scenarios: those files are inputs too.
  for (const auto& task : pathway.tasks)
    note_input_file(task.where.file);
  for (const auto& scenario : pathway.scenarios)
    note_input_file(scenario.where.file);
}

}  // namespace regsim::cli
