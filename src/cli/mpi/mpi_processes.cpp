// The ranks of `mpirun -np K regsim ...` (docs/scale-out.md), with Boost.MPI.
//
// Every exchange goes through rank 0, point to point, so that a rank that ends early (bad
// input only it saw, an exception outside a Monte Carlo block) cannot leave the others
// waiting in a collective it never joins. A rank sends rank 0 either its part of a gather
// or its end; rank 0 answers each part with "go on" (then, for all_gather, all ranks take
// the joined parts by one broadcast; gather stops there) or "stop" (the lowest failing
// rank, its code and message).
#include <boost/mpi/collectives/broadcast.hpp>
#include <boost/mpi/communicator.hpp>
#include <boost/mpi/environment.hpp>
#include <climits>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <sstream>
#include <string_view>
#include <vector>

#include "../processes.hpp"

namespace regsim::cli {
namespace {

namespace mpi = boost::mpi;

constexpr int tag = 0;

enum class Kind : std::uint8_t { part, end };

struct Message {
  Kind kind = Kind::part;
  int code = 0;             // 0: the part is there; else the rank failed with this exit code
  std::string text;         // what the failed rank would have printed
  std::string diagnostics;  // a failed part's InputError, packed (empty: another error)
  std::string payload;      // the part's bytes
};

// A failure as rank 0 names it.
struct Failure {
  int rank = 0;
  int code = 0;
  std::string text;
  std::string diagnostics;
};

// The diagnostics of `failure` when it is an InputError, packed; empty otherwise. A block of
// runs that failed on bad input (a replication leaving the supported years) fails every rank
// with the same InputError, so a command that collects input errors and goes on (check)
// takes the same path on every rank, and rank 0 prints what one process prints.
std::string pack_diagnostics(std::exception_ptr failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const InputError& e) {
    sim::Packer out;
    out.put<std::uint64_t>(e.diagnostics().size());
    for (const auto& d : e.diagnostics()) {
      out.put_string(d.where.file);
      out.put(d.where.line);
      out.put(d.where.column);
      out.put(d.severity);
      out.put_string(d.id);
      out.put_string(d.message);
    }
    return out.take();
  } catch (...) {
    return {};
  }
}

[[noreturn]] void throw_diagnostics(std::string_view bytes) {
  sim::Unpacker in(bytes);
  std::vector<Diagnostic> diagnostics(in.get<std::uint64_t>());
  for (auto& d : diagnostics) {
    d.where.file = in.get_string();
    d.where.line = in.get<int>();
    d.where.column = in.get<int>();
    d.severity = in.get<Severity>();
    d.id = in.get_string();
    d.message = in.get_string();
  }
  throw InputError(std::move(diagnostics));
}

void send_bytes(const mpi::communicator& world, int to, const std::string& bytes) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX))
    throw Error("a message between MPI ranks over 2 GiB", ExitCode::internal_error);
  world.send(to, tag, bytes.data(), static_cast<int>(bytes.size()));
}

std::string receive_bytes(const mpi::communicator& world, int from) {
  const mpi::status status = world.probe(from, tag);
  std::string bytes(static_cast<std::size_t>(status.count<char>().value_or(0)), '\0');
  world.recv(from, tag, bytes.data(), static_cast<int>(bytes.size()));
  return bytes;
}

void send_message(const mpi::communicator& world, const Message& message) {
  sim::Packer out;
  out.put(message.kind);
  out.put(message.code);
  out.put_string(message.text);
  out.put_string(message.diagnostics);
  out.put_string(message.payload);
  send_bytes(world, 0, out.take());
}

Message receive_message(const mpi::communicator& world, int from) {
  const std::string bytes = receive_bytes(world, from);
  sim::Unpacker in(bytes);
  Message message;
  message.kind = in.get<Kind>();
  message.code = in.get<int>();
  message.text = in.get_string();
  message.diagnostics = in.get_string();
  message.payload = in.get_string();
  return message;
}

// Rank 0's answer to a part: go on (no failure) or stop.
void send_answer(const mpi::communicator& world, int to, const std::optional<Failure>& failure) {
  sim::Packer out;
  out.put<std::uint8_t>(failure ? 1 : 0);
  out.put(failure ? failure->rank : 0);
  out.put(failure ? failure->code : 0);
  out.put_string(failure ? failure->diagnostics : std::string());
  send_bytes(world, to, out.take());
}

// The exit code of a failure on rank 0, told to the other ranks.
int failure_code(std::exception_ptr failure) {
  try {
    std::rethrow_exception(failure);
  } catch (const Error& e) {
    return static_cast<int>(e.exit_code());
  } catch (...) {
    return static_cast<int>(ExitCode::internal_error);
  }
}

class MpiProcesses final : public RunProcesses {
 public:
  MpiProcesses(int& argc, char**& argv)
      : environment_(argc, argv, mpi::threading::funneled, false),
        ended_(static_cast<std::size_t>(world_.size())) {}

  int rank() const override { return world_.rank(); }
  int count() const override { return world_.size(); }

  std::vector<std::string> all_gather(std::string bytes,
                                      std::exception_ptr failure) const override {
    std::string joined;
    if (rank() == 0) {
      sim::Packer out;
      for (const auto& part : gather_at_root(std::move(bytes), failure))
        out.put_string(part);
      joined = out.take();
    } else {
      send_part(std::move(bytes), failure);
    }
    std::uint64_t size = joined.size();
    mpi::broadcast(world_, size, 0);
    joined.resize(size);
    mpi::broadcast(world_, joined.data(), static_cast<int>(size), 0);
    sim::Unpacker in(joined);
    std::vector<std::string> parts(static_cast<std::size_t>(count()));
    for (auto& part : parts)
      part = in.get_string();
    return parts;
  }

  // The parts reach rank 0 alone: nothing is broadcast but rank 0's answer to each rank.
  std::vector<std::string> gather(std::string bytes, std::exception_ptr failure) const override {
    if (rank() == 0) return gather_at_root(std::move(bytes), failure);
    send_part(std::move(bytes), failure);
    return {};
  }

  int finish(int code, const std::string& message) override {
    if (rank() != 0) {
      send_message(world_, {Kind::end, code, message, {}, {}});
      const std::string bytes = receive_bytes(world_, 0);  // the Unpacker only views it
      return sim::Unpacker(bytes).get<int>();
    }
    for (int r = 1; r < count(); ++r) {
      while (!ended_[static_cast<std::size_t>(r)]) {
        Message m = receive_message(world_, r);
        if (m.kind == Kind::end) {
          ended_[static_cast<std::size_t>(r)] = Failure{r, m.code, std::move(m.text), {}};
        } else {  // rank 0 ended while r waits for results: it stops there
          send_answer(world_, r, Failure{0, code != 0 ? code : 70, {}, {}});
        }
      }
    }
    if (code == 0) {
      for (const auto& end : ended_) {
        if (!end || end->code == 0) continue;
        std::cerr << "regsim: MPI rank " << end->rank << " of " << count() << " failed:\n"
                  << end->text;
        code = end->code;
        break;
      }
    }
    sim::Packer out;
    out.put(code);
    const std::string bytes = out.take();
    for (int r = 1; r < count(); ++r)
      send_bytes(world_, r, bytes);
    return code;
  }

 private:
  // A rank other than 0: its part (or its failure) to rank 0, then rank 0's answer; throws
  // when a rank failed (this rank's own exception when it is the one named).
  void send_part(std::string bytes, std::exception_ptr failure) const {
    Message part;
    if (failure) {
      std::ostringstream text;
      part.code = report_failure(failure, text);
      part.text = text.str();
      part.diagnostics = pack_diagnostics(failure);
    }
    part.payload = std::move(bytes);
    send_message(world_, part);
    // Held here: an Unpacker only views its bytes (a temporary would be gone at once).
    const std::string bytes_of_answer = receive_bytes(world_, 0);
    sim::Unpacker answer_bytes(bytes_of_answer);
    const auto answer = answer_bytes.get<std::uint8_t>();
    const int failed_rank = answer_bytes.get<int>();
    const int code = answer_bytes.get<int>();
    const std::string diagnostics = answer_bytes.get_string();
    if (answer != 0) {
      if (failed_rank == rank() && failure) std::rethrow_exception(failure);
      if (!diagnostics.empty()) throw_diagnostics(diagnostics);
      throw RankFailed(failed_rank, code, "");
    }
  }

  // Rank 0: every rank's part (or end), then the answer to each. Returns the parts.
  std::vector<std::string> gather_at_root(std::string mine, std::exception_ptr failure) const {
    std::optional<Failure> first;
    if (failure) first = Failure{0, failure_code(failure), {}, pack_diagnostics(failure)};
    std::vector<std::string> parts(static_cast<std::size_t>(count()));
    parts[0] = std::move(mine);
    for (int r = 1; r < count(); ++r) {
      if (ended_[static_cast<std::size_t>(r)]) {
        if (!first) first = *ended_[static_cast<std::size_t>(r)];
        continue;
      }
      Message m = receive_message(world_, r);
      if (m.kind == Kind::end) {
        // The rank ended before this gather: its failure (or, ending well, a bug) stops all.
        if (m.code == 0)
          m = {Kind::end, 70, "regsim: internal error: the rank ended early\n", {}, {}};
        ended_[static_cast<std::size_t>(r)] = Failure{r, m.code, m.text, {}};
      }
      if ((m.kind == Kind::end || m.code != 0) && !first)
        first = Failure{r, m.code, m.text, m.diagnostics};  // no diagnostics in an end
      parts[static_cast<std::size_t>(r)] = std::move(m.payload);
    }
    for (int r = 1; r < count(); ++r) {
      if (!ended_[static_cast<std::size_t>(r)]) send_answer(world_, r, first);
    }
    if (first) {
      if (first->rank == 0) std::rethrow_exception(failure);
      if (!first->diagnostics.empty()) throw_diagnostics(first->diagnostics);
      throw RankFailed(first->rank, first->code,
                       "regsim: MPI rank " + std::to_string(first->rank) + " of " +
                           std::to_string(count()) + " failed:\n" + first->text);
    }
    return parts;
  }

  mpi::environment environment_;
  mpi::communicator world_;
  // Rank 0: the ranks that have ended, with their exit code and message.
  mutable std::vector<std::optional<Failure>> ended_;
};

// Started by mpirun (Open MPI, or a PMI/PMIx launcher such as srun)?
bool launched_by_mpirun() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

}  // namespace

std::unique_ptr<RunProcesses> start_processes(int& argc, char**& argv) {
  if (!launched_by_mpirun()) return nullptr;
  return std::make_unique<MpiProcesses>(argc, argv);
}

}  // namespace regsim::cli
