#include "support/id_index.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace regsim::support {
namespace {

// Below half full, a probe sequence stays short; a power of two makes the slot a mask.
std::size_t slots_for(std::size_t ids) {
  return std::bit_ceil(std::max<std::size_t>(16, ids * 2));
}

}  // namespace

IdIndex::IdIndex(std::size_t expected) {
  rehash(slots_for(expected));
}

std::uint32_t IdIndex::hash_of(std::string_view id) {
  // Ids are short: eight bytes at a time through a multiply-xorshift mix is a third of
  // the cost of std::hash and spreads generated ids (c01_s001, c01_s002...) as well.
  std::uint64_t hash = 0x9E3779B97F4A7C15u * (id.size() + 1);
  for (std::size_t i = 0; i < id.size(); i += 8) {
    std::uint64_t word = 0;
    std::memcpy(&word, id.data() + i, std::min<std::size_t>(8, id.size() - i));
    hash = (hash ^ word) * 0xBF58476D1CE4E5B9u;
    hash ^= hash >> 31;
  }
  hash *= 0x94D049BB133111EBu;
  return static_cast<std::uint32_t>(hash >> 32);
}

std::pair<std::int32_t, bool> IdIndex::insert(std::string_view id, std::int32_t position) {
  if ((size_ + 1) * 2 > slots_.size()) rehash(slots_for(size_ + 1));
  const std::uint32_t hash = hash_of(id);
  for (std::size_t slot = hash & (slots_.size() - 1);; slot = next(slot)) {
    Slot& entry = slots_[slot];
    if (entry.position < 0) {
      entry = Slot{id, hash, position};
      ++size_;
      return {position, true};
    }
    if (entry.hash == hash && entry.id == id) return {entry.position, false};
  }
}

std::int32_t IdIndex::find(std::string_view id) const {
  if (size_ == 0) return -1;
  const std::uint32_t hash = hash_of(id);
  for (std::size_t slot = hash & (slots_.size() - 1);; slot = next(slot)) {
    const Slot& entry = slots_[slot];
    if (entry.position < 0) return -1;
    if (entry.hash == hash && entry.id == id) return entry.position;
  }
}

void IdIndex::clear() {
  for (auto& slot : slots_)
    slot = Slot{};
  size_ = 0;
}

void IdIndex::rehash(std::size_t slot_count) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(slot_count, Slot{});
  size_ = 0;
  for (const auto& entry : old) {
    if (entry.position >= 0) insert(entry.id, entry.position);
  }
}

}  // namespace regsim::support
