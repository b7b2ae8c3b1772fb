// Ids to positions in one flat hash table, for the passes that index every task (internal).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace regsim::support {

/// Maps ids (views: the strings must outlive the index) to non-negative positions.
///
/// The reader's checks, the overlays and the compiler each index every task by id; with
/// std::unordered_map that was one allocation per task per pass, a tenth of the time of
/// reading and scheduling a 2,000-task file. Here the entries sit in one array (open
/// addressing, linear probing, at most half full), so a pass allocates once.
class IdIndex {
 public:
  IdIndex() = default;
  /// Room for `expected` ids without growing.
  explicit IdIndex(std::size_t expected);

  /// Adds id -> position unless the id is present. Returns the position stored for the
  /// id (the earlier one when it was present) and whether this call added it.
  std::pair<std::int32_t, bool> insert(std::string_view id, std::int32_t position);
  /// The id's position, or -1.
  std::int32_t find(std::string_view id) const;
  bool contains(std::string_view id) const { return find(id) >= 0; }
  std::size_t size() const { return size_; }
  void clear();

 private:
  struct Slot {
    std::string_view id;
    std::uint32_t hash = 0;      // low bits of the id's hash: the home slot and a quick check
    std::int32_t position = -1;  // -1: empty
  };

  void rehash(std::size_t slot_count);
  static std::uint32_t hash_of(std::string_view id);
  std::size_t next(std::size_t slot) const { return (slot + 1) & (slots_.size() - 1); }

  std::vector<Slot> slots_;  // a power of two in size, or empty
  std::size_t size_ = 0;
};

}  // namespace regsim::support
