// Copyright winemu authors.
//
// handle_table.h: handle values for every object of one emulator.
//
// Values are never reused, and each carries the emulator's tag, so a lookup
// tells apart a NULL handle, garbage (or another emulator's handle), a handle
// that was valid and is now closed, a handle of another type and a handle of
// another process. Families turn each HandleStatus into their documented
// code; the table itself knows no family.
//
//   uint64_t h = table.Insert(pid, session, "FwpmEngineOpen0", seq);
//   auto found = table.Lookup<Session>(h, pid, &kSessionType);
//   if (found.status != HandleStatus::kOk) return MapToFamilyCode(...);
#ifndef WINEMU_EMU_CORE_HANDLE_TABLE_H_
#define WINEMU_EMU_CORE_HANDLE_TABLE_H_

#include <cstdint>
#include <memory>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "emu/core/mutex.h"
#include "emu/core/object.h"
#include "emu/core/process.h"
#include "emu/core/trace.h"

namespace winemu {

enum class HandleStatus {
  kOk,
  kNull,          // the value 0
  kInvalid,       // never issued by this emulator (garbage, another emulator)
  kClosed,        // issued, then closed: a stale handle
  kWrongType,     // open, but names another type of object
  kOtherProcess,  // open, but owned by another process
};

const char* HandleStatusName(HandleStatus status);

// A live handle, for leak reports.
struct HandleInfo {
  uint64_t value;
  const ObjectType* type;
  ProcessId owner;
  const char* created_by;  // the API that returned it
  uint64_t trace_seq;      // position of that call in the trace
};

class HandleTable {
 public:
  // `tag` distinguishes this emulator's values from other emulators'.
  explicit HandleTable(uint32_t tag) : tag_(tag & kTagMask) {}
  HandleTable(const HandleTable&) = delete;
  HandleTable& operator=(const HandleTable&) = delete;

  // Records each handle's issue and removal as an object lifetime (costs one
  // relaxed load per change while the trace is off). Set before use.
  void set_trace(Trace* trace) { trace_ = trace; }

  // Issues a new handle to `object`. If `owner` has exited (EndOwner), the
  // handle is issued already closed: `object` is closed at once through its
  // close path (reason kProcessExit, no lock held) and the value is stale, as
  // if the exit had swept it a moment later. Callers need no failure path.
  uint64_t Insert(ProcessId owner, std::shared_ptr<Object> object,
                  const char* created_by, uint64_t trace_seq);

  template <typename T = Object>
  struct Result {
    HandleStatus status;
    std::shared_ptr<T> object;  // set only when status is kOk
    bool ok() const { return status == HandleStatus::kOk; }
  };

  // `type` null accepts any type.
  template <typename T = Object>
  Result<T> Lookup(uint64_t value, ProcessId caller,
                   const ObjectType* type) const {
    Result<Object> r = LookupImpl(value, caller, type, /*remove=*/false);
    return {r.status, std::static_pointer_cast<T>(std::move(r.object))};
  }

  // Like Lookup, and on success removes the handle atomically, so exactly one
  // of two racing closers wins.
  template <typename T = Object>
  Result<T> Remove(uint64_t value, ProcessId caller, const ObjectType* type) {
    Result<Object> r = LookupImpl(value, caller, type, /*remove=*/true);
    return {r.status, std::static_pointer_cast<T>(std::move(r.object))};
  }

  // Removes every handle `owner` holds, newest first (so that enumerations
  // close before the sessions they belong to).
  std::vector<std::shared_ptr<Object>> RemoveAllOwnedBy(ProcessId owner);
  // The exit of `owner`: atomically marks it ended, so that every later
  // Insert for it is refused, and removes its handles like RemoveAllOwnedBy.
  // No handle of `owner` can be inserted after the sweep and survive it.
  std::vector<std::shared_ptr<Object>> EndOwner(ProcessId owner);
  std::vector<std::shared_ptr<Object>> RemoveAll();

  std::vector<HandleInfo> Live() const;
  size_t size() const;

 private:
  static constexpr uint32_t kTagMask = 0xFFFF;
  static constexpr int kTagShift = 44;

  struct Entry {
    std::shared_ptr<Object> object;
    ProcessId owner;
    const char* created_by;
    uint64_t trace_seq;
  };

  Result<Object> LookupImpl(uint64_t value, ProcessId caller,
                            const ObjectType* type, bool remove) const;
  std::vector<std::shared_ptr<Object>> RemoveIf(bool all, ProcessId owner,
                                                bool end_owner);

  const uint64_t tag_;
  Trace* trace_ = nullptr;
  mutable Mutex mu_;
  uint64_t next_serial_ ABSL_GUARDED_BY(mu_) = 1;
  // Mutable so that the const Lookup and Remove share one implementation.
  mutable absl::flat_hash_map<uint64_t, Entry> entries_ ABSL_GUARDED_BY(mu_);
  // Owners that have exited (process ids are never reused).
  absl::flat_hash_set<ProcessId> ended_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_HANDLE_TABLE_H_
