// Copyright winemu authors.
//
// versioned_table.h: multi-version storage for one kind of engine object.
//
// Every committed change carries the engine version it was made at. A
// snapshot is nothing but a version number: an entry is visible at version v
// when created <= v < deleted. Taking a snapshot therefore costs the same with
// ten or a hundred thousand live objects; entries deleted before the oldest
// open snapshot are dropped by Collect().
//
//   table.Insert(table.NextOrdinal(), record, /*version=*/7);
//   table.Erase(key, /*version=*/8);
//   table.Scan(/*version=*/7, /*after=*/0, [](uint64_t ord, Ptr r) { ... });
//
// Not thread-safe: the filter engine guards it with its mutex.
#ifndef WINEMU_EMU_WFP_VERSIONED_TABLE_H_
#define WINEMU_EMU_WFP_VERSIONED_TABLE_H_

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

#include "absl/container/btree_map.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "emu/wfp/guid.h"
#include "emu/wfp/types.h"

namespace winemu::wfp {

inline const Guid& KeyOf(const ObjectCommon& r) { return r.key; }
inline uint64_t IdOf(const ObjectCommon& r) { return r.id; }
inline const Guid& KeyOf(const SessionInfo& r) { return r.key; }
inline uint64_t IdOf(const SessionInfo&) { return 0; }

template <typename R>
class VersionedTable {
 public:
  using Ptr = std::shared_ptr<const R>;
  static constexpr uint64_t kLive = std::numeric_limits<uint64_t>::max();

  // Ordinals order entries (enumeration order) and are never reused.
  uint64_t NextOrdinal() { return next_ordinal_++; }

  // The newest committed entry with this key or id, if it is live.
  Ptr FindLive(const Guid& key) const {
    auto it = live_.find(key);
    return it == live_.end() ? nullptr : At(it->second).rec;
  }
  Ptr FindLiveById(uint64_t id) const {
    auto it = live_ids_.find(id);
    return it == live_ids_.end() ? nullptr : At(it->second).rec;
  }

  void Insert(uint64_t ordinal, Ptr rec, uint64_t version) {
    live_[KeyOf(*rec)] = ordinal;
    if (IdOf(*rec) != 0) live_ids_[IdOf(*rec)] = ordinal;
    Entry e{ordinal, std::move(rec), version, kLive};
    // Ordinals are handed out in order, so this is nearly always an append.
    if (entries_.empty() || entries_.back().ordinal < ordinal) {
      entries_.push_back(std::move(e));
    } else {
      entries_.insert(LowerBound(ordinal), std::move(e));
    }
  }
  // Marks the live entry deleted at `version`; false if there is none.
  bool Erase(const Guid& key, uint64_t version) {
    auto it = live_.find(key);
    if (it == live_.end()) return false;
    Entry& e = At(it->second);
    e.deleted = version;
    if (IdOf(*e.rec) != 0) live_ids_.erase(IdOf(*e.rec));
    tombstones_.emplace_back(version, it->second);
    live_.erase(it);
    return true;
  }
  // Undo of Insert / Erase, for a commit that failed part way.
  void UndoInsert(const Guid& key) {
    auto it = live_.find(key);
    if (it == live_.end()) return;
    Entry& e = At(it->second);
    if (IdOf(*e.rec) != 0) live_ids_.erase(IdOf(*e.rec));
    live_.erase(it);
    Drop(e);
  }
  void UndoErase() {
    const uint64_t ordinal = tombstones_.back().second;
    tombstones_.pop_back();
    Entry& e = At(ordinal);
    e.deleted = kLive;
    live_[KeyOf(*e.rec)] = ordinal;
    if (IdOf(*e.rec) != 0) live_ids_[IdOf(*e.rec)] = ordinal;
  }

  // Calls f(ordinal, record) for the entries visible at `version` with an
  // ordinal above `after`, in ordinal order, while f returns true.
  template <typename F>
  void Scan(uint64_t version, uint64_t after, F f) const {
    auto it = std::upper_bound(
        entries_.begin(), entries_.end(), after,
        [](uint64_t o, const Entry& e) { return o < e.ordinal; });
    for (; it != entries_.end(); ++it) {
      const Entry& e = *it;
      if (e.rec != nullptr && e.created <= version && version < e.deleted) {
        if (!f(e.ordinal, e.rec)) return;
      }
    }
  }
  // Calls f(record) for every live entry, in ordinal order.
  template <typename F>
  void ForEachLive(F f) const {
    for (const Entry& e : entries_) {
      if (e.rec != nullptr && e.deleted == kLive) f(e.rec);
    }
  }

  // Drops entries deleted at or before `oldest_snapshot` (no snapshot can
  // see them any more).
  void Collect(uint64_t oldest_snapshot) {
    while (!tombstones_.empty() &&
           tombstones_.front().first <= oldest_snapshot) {
      Drop(At(tombstones_.front().second));
      tombstones_.pop_front();
    }
  }

  size_t live_size() const { return live_.size(); }
  size_t stored_size() const { return entries_.size() - dropped_; }

 private:
  // Entries sit in a vector sorted by ordinal: appends, binary searches and
  // scans touch contiguous memory. A dropped entry only loses its record;
  // the vector is compacted once dropped entries outnumber the others, so a
  // drop costs O(1) amortized (a tree erase cost more than a whole session
  // open and close).
  struct Entry {
    uint64_t ordinal;
    Ptr rec;  // null once dropped
    uint64_t created;
    uint64_t deleted;
  };

  typename std::vector<Entry>::iterator LowerBound(uint64_t ordinal) {
    return std::lower_bound(
        entries_.begin(), entries_.end(), ordinal,
        [](const Entry& e, uint64_t o) { return e.ordinal < o; });
  }
  // The stored entry with this ordinal (it must exist). The newest entry
  // (a session being closed right after its open) needs no search.
  Entry& At(uint64_t ordinal) {
    if (entries_.back().ordinal == ordinal) return entries_.back();
    return *LowerBound(ordinal);
  }
  const Entry& At(uint64_t ordinal) const {
    return const_cast<VersionedTable*>(this)->At(ordinal);
  }
  void Drop(Entry& e) {
    e.rec = nullptr;
    ++dropped_;
    if (dropped_ >= 64 && dropped_ * 2 > entries_.size()) {
      entries_.erase(
          std::remove_if(entries_.begin(), entries_.end(),
                         [](const Entry& x) { return x.rec == nullptr; }),
          entries_.end());
      dropped_ = 0;
    }
  }

  uint64_t next_ordinal_ = 1;
  std::vector<Entry> entries_;  // sorted by ordinal
  size_t dropped_ = 0;          // entries_ whose record was dropped
  absl::flat_hash_map<Guid, uint64_t> live_;          // key -> ordinal
  absl::flat_hash_map<uint64_t, uint64_t> live_ids_;  // runtime id -> ordinal
  std::deque<std::pair<uint64_t, uint64_t>> tombstones_;  // (version, ordinal)
};

// A read/write transaction's uncommitted changes to one table.
template <typename R>
struct Pending {
  using Ptr = std::shared_ptr<const R>;
  absl::btree_map<uint64_t, Ptr> added;  // ordinal -> record
  absl::flat_hash_map<Guid, uint64_t> added_by_key;
  absl::flat_hash_map<uint64_t, uint64_t> added_by_id;
  absl::flat_hash_set<Guid> deleted;  // committed keys deleted
  std::vector<Guid> deleted_order;    // the same, in deletion order

  bool empty() const { return added.empty() && deleted.empty(); }
  void Clear() { *this = Pending(); }
};

}  // namespace winemu::wfp

#endif  // WINEMU_EMU_WFP_VERSIONED_TABLE_H_
