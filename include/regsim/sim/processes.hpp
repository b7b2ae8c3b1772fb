// Replications shared between processes (MPI ranks under `mpirun`, docs/scale-out.md),
// without the library knowing MPI: the caller supplies how results come together.
#pragma once

#include <cstdint>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "regsim/error.hpp"

namespace regsim::sim {

/// Which processes end with the results of every replication of a shared run.
enum class Gather : std::uint8_t {
  /// All of them (all_gather): each can decide on the results (a stop rule, a goal seek's
  /// next step, an expectation's verdict) and all decide alike.
  every_process,
  /// Process 0 only (gather), the one that writes output; the others keep their own block
  /// and build no output. Less to send: nothing is broadcast.
  first_process,
};

/// The processes that share a run's replications. A Monte Carlo, portfolio or goal-seek run
/// given one (MonteCarloOptions::processes...) computes only its block of each range of
/// replications (block_of) and hands the packed results to all_gather (or to gather), so
/// every process (or process 0) ends with the results of every replication, byte-identical
/// to one process. regsim's CLI implements it with Boost.MPI (src/cli/mpi/); without one
/// (nullptr) a run is one process.
class Processes {
 public:
  virtual ~Processes() = default;
  /// This process, 0..count() - 1. Process 0 is the one that writes output.
  virtual int rank() const = 0;
  /// How many processes share the run (at least 1).
  virtual int count() const = 0;
  /// Collective: every process calls it, in the same order, with the bytes of its block, or
  /// with the exception its block threw (`failure` not null; `bytes` is then ignored).
  /// Returns, on every process, the parts of every process in rank order. On any failure it
  /// throws on every process: the failing process of lowest rank (its block holds the least
  /// failing run) rethrows its exception, the others throw a regsim::Error with its exit code
  /// (an InputError with its diagnostics when it failed so: every process goes on alike).
  virtual std::vector<std::string> all_gather(std::string bytes,
                                              std::exception_ptr failure) const = 0;
  /// The same, but only process 0 receives the parts; the others get an empty vector (and
  /// still throw, as all_gather, when any process failed). By default all_gather's parts,
  /// dropped on every process but 0.
  virtual std::vector<std::string> gather(std::string bytes, std::exception_ptr failure) const {
    auto parts = all_gather(std::move(bytes), failure);
    if (rank() != 0) parts.clear();
    return parts;
  }
};

/// Replications [begin, end).
struct RunBlock {
  std::int64_t begin = 0;
  std::int64_t end = 0;
  friend bool operator==(const RunBlock&, const RunBlock&) = default;
};

/// The block of [first, last) that process `rank` of `count` computes: contiguous blocks
/// in rank order, the first (last - first) % count of them one replication longer.
RunBlock block_of(std::int64_t first, std::int64_t last, int rank, int count);

/// Runs `compute(block)` on this process's block of [first, last), then hands what
/// `pack(block)` returns (or the exception `compute` or `pack` threw) to all_gather (or,
/// with Gather::first_process, to gather), whose result it returns: the parts of every
/// process in rank order (empty on every process but 0 with Gather::first_process).
template <class Compute, class Pack>
std::vector<std::string> share_runs(const Processes& processes, std::int64_t first,
                                    std::int64_t last, Compute&& compute, Pack&& pack,
                                    Gather to = Gather::every_process) {
  const RunBlock mine = block_of(first, last, processes.rank(), processes.count());
  std::string bytes;
  std::exception_ptr failure;
  try {
    compute(mine);
    bytes = pack(mine);
  } catch (...) {
    failure = std::current_exception();
  }
  return to == Gather::first_process ? processes.gather(std::move(bytes), failure)
                                     : processes.all_gather(std::move(bytes), failure);
}

/// Values packed into bytes for all_gather: trivially copyable values and vectors of them,
/// in native byte order (the processes of one run run the same binary).
class Packer {
 public:
  template <class T>
  void put(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes_.append(reinterpret_cast<const char*>(&value), sizeof(T));
  }
  template <class T>
  void put_range(const T* values, std::size_t n) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<std::uint64_t>(n);
    bytes_.append(reinterpret_cast<const char*>(values), n * sizeof(T));
  }
  template <class T>
  void put_vector(const std::vector<T>& values) {
    put_range(values.data(), values.size());
  }
  void put_string(std::string_view text) { put_range(text.data(), text.size()); }
  /// The bytes packed so far (the packer is left empty).
  std::string take() { return std::move(bytes_); }

 private:
  std::string bytes_;
};

/// Reads what a Packer wrote, in the same order; throws regsim::Error (internal) past the end.
class Unpacker {
 public:
  explicit Unpacker(std::string_view bytes) : bytes_(bytes) {}
  /// A view of a temporary string would dangle once the statement ends (a short message
  /// then still reads right from the freed small-string buffer, a long one does not).
  explicit Unpacker(std::string&&) = delete;
  template <class T>
  T get() {
    static_assert(std::is_trivially_copyable_v<T>);
    T value;
    std::memcpy(&value, take(sizeof(T)), sizeof(T));
    return value;
  }
  /// A vector packed by put_range/put_vector, into `values[at..)` (resized to fit when short).
  template <class T>
  void get_into(std::vector<T>& values, std::size_t at = 0) {
    static_assert(std::is_trivially_copyable_v<T>);
    const auto n = static_cast<std::size_t>(get<std::uint64_t>());
    if (values.size() < at + n) values.resize(at + n);
    if (n > 0) std::memcpy(values.data() + at, take(n * sizeof(T)), n * sizeof(T));
  }
  template <class T>
  std::vector<T> get_vector() {
    std::vector<T> values;
    get_into(values);
    return values;
  }
  std::string get_string() {
    const auto n = static_cast<std::size_t>(get<std::uint64_t>());
    return std::string(take(n), n);
  }
  bool done() const { return at_ == bytes_.size(); }

 private:
  const char* take(std::size_t n) {
    if (n > bytes_.size() - at_)
      throw Error("results from another process end early", ExitCode::internal_error);
    const char* from = bytes_.data() + at_;
    at_ += n;
    return from;
  }
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace regsim::sim
