// Replications spread over threads, for Monte Carlo (monte_carlo.cpp) and portfolio runs
// (portfolio.cpp). Results must not depend on the thread count: each run is computed from
// its own index alone, and when runs fail the error reported is that of the smallest index.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <limits>
#include <mutex>
#include <thread>
#include <vector>

namespace regsim::sim::detail {

/// `threads` as asked, or one per hardware thread when 0 or less.
inline int resolve_threads(int threads) {
  return threads > 0 ? threads
                     : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
}

/// Calls `body(worker, run)` for every run in [first, last) on `threads` workers (worker
/// 0..threads-1; one thread runs on the caller's), each claiming `chunk` runs at a time from
/// a shared counter. A worker stops when `cancel` (may be null) is set and at its first
/// exception; once all have joined, the exception of the smallest failing run is rethrown.
template <class Body>
void run_in_parallel(std::int64_t first, std::int64_t last, int threads, std::int64_t chunk,
                     const std::atomic<bool>* cancel, Body&& body) {
  std::atomic<std::int64_t> next{first};
  std::mutex failure_mutex;
  std::int64_t failed_run = std::numeric_limits<std::int64_t>::max();
  std::exception_ptr failure;
  const auto work = [&](int worker) {
    for (;;) {
      const std::int64_t begin = next.fetch_add(chunk);
      if (begin >= last) return;
      const std::int64_t end = std::min(begin + chunk, last);
      for (std::int64_t run = begin; run < end; ++run) {
        if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) return;
        try {
          body(worker, run);
        } catch (...) {
          const std::lock_guard lock(failure_mutex);
          if (run < failed_run) {
            failed_run = run;
            failure = std::current_exception();
          }
          return;
        }
      }
    }
  };
  if (threads <= 1) {
    work(0);
  } else {
    std::vector<std::jthread> workers;
    workers.reserve(static_cast<std::size_t>(threads));
    for (int worker = 0; worker < threads; ++worker)
      workers.emplace_back([&work, worker] { work(worker); });
  }  // jthreads join here
  if (failure) std::rethrow_exception(failure);
}

}  // namespace regsim::sim::detail
