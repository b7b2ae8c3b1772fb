// The `regsim` binary: the one place where errors become exit codes.
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <sstream>

#include "commands.hpp"
#include "interrupt.hpp"
#include "output/output.hpp"
#include "processes.hpp"
#include "regsim/error.hpp"
#include "regsim/report/text.hpp"
#include "regsim/version.hpp"

namespace {

// A message as it may reach a terminal: names, values and paths quoted from files or the
// command line keep no control character (report::escape_controls), line by line.
std::string escape_lines(std::string_view text) {
  std::string result;
  for (std::size_t from = 0; from <= text.size();) {
    const auto end = std::min(text.find('\n', from), text.size());
    if (from > 0) result += '\n';
    result += regsim::report::escape_controls(text.substr(from, end - from));
    from = end + 1;
  }
  return result;
}

// The one place an exception becomes an exit code (CLI11's App::exit design): called
// from main's only catch, with the exception in flight.
int report_and_exit(CLI::App& app, std::ostream& out, std::ostream& err) {
  try {
    throw;
  } catch (const CLI::Success& e) {  // --help, --version
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    err << "regsim: error: " << escape_lines(e.what()) << '\n'
        << "Run 'regsim --help' (or 'regsim COMMAND --help') to see the commands and "
           "options.\n";
    return static_cast<int>(regsim::ExitCode::bad_input);
  } catch (...) {
    return regsim::cli::report_failure(std::current_exception(), err);
  }
}

// A command allocates, works and exits. glibc would hand freed blocks back to the kernel
// (big ones are mmapped, the heap top is trimmed) and fault fresh zeroed pages in for the
// next allocation; and the heap's 4 KiB pages cost one fault each. Keeping freed memory
// and asking for transparent huge pages on the heap (what glibc.malloc.hugetlb=1 does)
// cuts a 2,000-task comparison from 1,940 page faults to about 280 and its time by a
// fifth. Only address space is reserved: pages are still touched only when used.
void keep_freed_memory_and_use_huge_pages() {
  ::mallopt(M_MMAP_THRESHOLD, 32 << 20);  // the largest glibc accepts
  ::mallopt(M_TRIM_THRESHOLD, 512 << 20);
  ::mallopt(M_TOP_PAD, 64 << 20);
  constexpr std::uintptr_t huge_page = 2 << 20;
  const auto heap_before = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  // Grows the heap now (the pages stay untouched) and keeps it, per the settings above;
  // volatile, or the compiler removes the pair.
  void* volatile probe = std::malloc(16 << 20);
  std::free(probe);
  const auto heap_after = reinterpret_cast<std::uintptr_t>(::sbrk(0));
  const std::uintptr_t begin = (heap_before + huge_page - 1) & ~(huge_page - 1);
  if (heap_after > begin + huge_page) {
    // Advice only: where transparent huge pages are off this changes nothing.
    ::madvise(reinterpret_cast<void*>(begin), heap_after - begin, MADV_HUGEPAGE);
  }
}

}  // namespace

int regsim::cli::report_failure(std::exception_ptr failure, std::ostream& err) {
  try {
    std::rethrow_exception(failure);
  } catch (const RankFailed& e) {
    // Another MPI rank's message, printed there as it would have been (docs/scale-out.md).
    err << e.what();
    return static_cast<int>(e.exit_code());
  } catch (const Error& e) {
    remove_pending_temporary_files();
    if (e.exit_code() == ExitCode::interrupted) {
      // Said the way the signal handler says it when it ends a command at once.
      err << "regsim: interrupted\n";
    } else if (const auto* input = dynamic_cast<const InputError*>(&e)) {
      err << escape_lines(render_diagnostics(input->diagnostics())) << '\n';
    } else if (e.exit_code() != ExitCode::expectation_failed) {
      err << "regsim: error: " << escape_lines(e.what()) << '\n';
    }
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    // Reaching here is a bug in regsim, not a user error: say so plainly.
    remove_pending_temporary_files();
    err << "regsim: internal error: " << escape_lines(e.what())
        << "\nThis is a bug in regsim; please report it with the input that caused it.\n";
    return static_cast<int>(ExitCode::internal_error);
  } catch (...) {
    remove_pending_temporary_files();
    err << "regsim: internal error: an unknown exception\n";
    return static_cast<int>(ExitCode::internal_error);
  }
}

int main(int argc, char** argv) {
  keep_freed_memory_and_use_huge_pages();
  // Under mpirun (a build with REGSIM_WITH_MPI): rank 0 prints and writes; the other ranks
  // compute their share of the runs, print nothing and send rank 0 what they would say.
  const auto processes = regsim::cli::start_processes(argc, argv);
  const bool root = processes == nullptr || processes->rank() == 0;
  std::ostringstream quiet_out, rank_err;
  std::ostream& out = root ? std::cout : quiet_out;
  std::ostream& err = root ? std::cerr : rank_err;
  const char* no_color = std::getenv("NO_COLOR");
  regsim::cli::Context context{out,
                               err,
                               ::isatty(STDOUT_FILENO) == 1 && root,
                               ::isatty(STDERR_FILENO) == 1 && root,
                               false,
                               std::nullopt};
  context.color = context.stdout_is_terminal && (no_color == nullptr || *no_color == '\0');
  if (processes && processes->count() > 1) context.processes = processes.get();
  context.writes_output = root;

  CLI::App app{
      "regsim: simulate regulatory approval pathways on real calendars and compare the\n"
      "old rules' timeline with the reformed one.",
      "regsim"};
  app.set_version_flag("--version", std::string("regsim ") + regsim::version_string,
                       "Print the version and exit");
  app.footer(
      "FILE may be a path or the name of a bundled pathway (e.g. kr/biosimilar).\n"
      "Exit codes: 0 success, 1 an expectation failed, 2 bad input or usage, 130 Ctrl-C.");

  regsim::cli::register_all_commands(app, context);
  regsim::cli::install_interrupt_handler();

  int code = static_cast<int>(regsim::ExitCode::success);
  try {
    app.parse(argc, argv);
    // Checked after parsing (not with require_subcommand) so that an unknown option
    // is reported as such rather than as a missing command.
    if (app.get_subcommands().empty()) {
      err << "regsim: error: a command is required\n"
          << "Run 'regsim --help' to see the commands.\n";
      code = static_cast<int>(regsim::ExitCode::bad_input);
    } else {
      // A report that did not reach standard output (a full disk, a closed descriptor) is
      // a failed command, not a success.
      regsim::cli::finish_standard_output(out);
    }
  } catch (...) {
    code = report_and_exit(app, out, err);
  }
  return processes ? processes->finish(code, rank_err.str()) : code;
}
