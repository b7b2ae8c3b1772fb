#include "interrupt.hpp"

#include <signal.h>
#include <unistd.h>

#include <string>

#include "output/output.hpp"
#include "regsim/error.hpp"

namespace regsim::cli {
namespace {

// Lock-free atomics are the only shared state a signal handler may touch.
std::atomic<bool> interrupted{false};
std::atomic<int> open_work{0};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free);

extern "C" void on_interrupt(int) {
  // A second Ctrl-C ends the process at once, for work slow to reach its next check.
  if (open_work.load() > 0 && !interrupted.exchange(true)) return;
  // Only async-signal-safe calls here: write(2) and _exit(2), no stdio, no destructors.
  constexpr char message[] = "\nregsim: interrupted\n";
  [[maybe_unused]] const auto ignored = ::write(STDERR_FILENO, message, sizeof message - 1);
  ::_exit(static_cast<int>(ExitCode::interrupted));
}

// Holds SIGINT, SIGTERM and SIGHUP back for its lifetime; one that arrives meanwhile is
// delivered when it ends, once the temporary file is renamed or removed. (SIGKILL cannot
// be held: that is what O_TMPFILE is for.)
class InterruptsHeld {
 public:
  InterruptsHeld() {
    sigset_t interrupt;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigaddset(&interrupt, SIGTERM);
    sigaddset(&interrupt, SIGHUP);
    ::pthread_sigmask(SIG_BLOCK, &interrupt, &previous_);
  }
  ~InterruptsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }
  InterruptsHeld(const InterruptsHeld&) = delete;
  InterruptsHeld& operator=(const InterruptsHeld&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace

void install_interrupt_handler() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, nullptr);
}

InterruptibleWork::InterruptibleWork() {
  interrupted.store(false);
  ++open_work;
}

InterruptibleWork::~InterruptibleWork() {
  --open_work;
}

const std::atomic<bool>* InterruptibleWork::flag() const noexcept {
  return &interrupted;
}

void write_output_file(const std::string& path, const std::string& text) {
  refuse_input_as_output(path);
  // A FIFO may block until a reader comes: Ctrl-C must still end that wait, and a device
  // or pipe written in place has no temporary to strand.
  if (resolve_output_target(path).in_place) {
    write_file_atomically(path, text);
    return;
  }
  const InterruptsHeld held;
  write_file_atomically(path, text);
}

}  // namespace regsim::cli
