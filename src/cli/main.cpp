// The `regsim` binary: the one place where errors become exit codes.
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdint>
#include <cstdlib>
#include <iostream>

#include "commands.hpp"
#include "interrupt.hpp"
#include "output/output.hpp"
#include "regsim/error.hpp"
#include "regsim/version.hpp"

namespace {

int report_usage_error(const CLI::ParseError& error) {
  std::cerr << "regsim: error: " << error.what() << '\n';
  std::cerr
      << "Run 'regsim --help' (or 'regsim COMMAND --help') to see the commands and options.\n";
  return static_cast<int>(regsim::ExitCode::bad_input);
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

int main(int argc, char** argv) {
  keep_freed_memory_and_use_huge_pages();
  const char* no_color = std::getenv("NO_COLOR");
  regsim::cli::Context context{std::cout, std::cerr, ::isatty(STDOUT_FILENO) == 1,
                               ::isatty(STDERR_FILENO) == 1, false};
  context.color = context.stdout_is_terminal && (no_color == nullptr || *no_color == '\0');

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

  try {
    app.parse(argc, argv);
    // Checked after parsing (not with require_subcommand) so that an unknown option
    // is reported as such rather than as a missing command.
    if (app.get_subcommands().empty()) {
      std::cerr << "regsim: error: a command is required\n"
                << "Run 'regsim --help' to see the commands.\n";
      return static_cast<int>(regsim::ExitCode::bad_input);
    }
    return static_cast<int>(regsim::ExitCode::success);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return report_usage_error(e);
  } catch (const regsim::Interrupted&) {
    // Said the way the signal handler says it when it ends a command at once.
    regsim::cli::remove_pending_temporary_files();
    std::cerr << "regsim: interrupted\n";
    return static_cast<int>(regsim::ExitCode::interrupted);
  } catch (const regsim::InputError& e) {
    regsim::cli::remove_pending_temporary_files();
    std::cerr << regsim::render_diagnostics(e.diagnostics()) << '\n';
    return static_cast<int>(e.exit_code());
  } catch (const regsim::Error& e) {
    regsim::cli::remove_pending_temporary_files();
    if (e.exit_code() != regsim::ExitCode::expectation_failed) {
      std::cerr << "regsim: error: " << e.what() << '\n';
    }
    return static_cast<int>(e.exit_code());
  } catch (const std::exception& e) {
    // Reaching here is a bug in regsim, not a user error: say so plainly.
    regsim::cli::remove_pending_temporary_files();
    std::cerr << "regsim: internal error: " << e.what()
              << "\nThis is a bug in regsim; please report it with the input that caused it.\n";
    return 70;
  }
}
