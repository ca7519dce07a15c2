// Copyright winemu authors.
//
// allocations.h: memory the client must give back through an API.
//
// Arrays returned by Fwpm*Enum0 / GetByKey0 (freed by FwpmFreeMemory0),
// security descriptors (FltFreeSecurityDescriptor), pool allocations
// (ExFreePoolWithTag) are tracked here with their kind and where they were
// created, so a leak report can name them and a free of a pointer the API did
// not return is caught.
//
//   emu.allocations().Track(p, kFwpmMemory, 128, "FwpmSessionEnum0", pid, seq);
//   switch (emu.allocations().Release(p, kFwpmMemory)) { ... }
#ifndef WINEMU_EMU_CORE_ALLOCATIONS_H_
#define WINEMU_EMU_CORE_ALLOCATIONS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "emu/core/mutex.h"
#include "emu/core/process.h"

namespace winemu {

// A kind of tracked memory; compared by identity.
struct AllocationKind {
  const char* name;   // "FwpmFreeMemory0 block"
  const char* freer;  // "FwpmFreeMemory0"
  // Frees the memory when its process exits or the emulator is destroyed.
  void (*free_fn)(void* address);
};

struct AllocationInfo {
  const void* address;
  const AllocationKind* kind;
  size_t size;
  const char* created_by;
  ProcessId owner;
  uint64_t trace_seq;
  uint32_t tag;  // pool tag, or 0
};

enum class ReleaseStatus {
  kOk,
  kUnknown,    // never returned by an API, or already freed
  kWrongKind,  // returned by an API of another kind (wrong free function)
};

class AllocationTracker {
 public:
  void Track(const void* address, const AllocationKind& kind, size_t size,
             const char* created_by, ProcessId owner, uint64_t trace_seq,
             uint32_t tag = 0);
  // Stops tracking on kOk; the caller frees the memory.
  ReleaseStatus Release(const void* address, const AllocationKind& kind);
  // Takes (and stops tracking) everything `owner` holds: process memory goes
  // away with the process. The caller frees what is returned.
  std::vector<AllocationInfo> ReleaseAllOwnedBy(ProcessId owner);
  std::vector<AllocationInfo> ReleaseAll();

  std::vector<AllocationInfo> Live() const;
  size_t size() const;

 private:
  std::vector<AllocationInfo> ReleaseIf(bool all, ProcessId owner);

  mutable Mutex mu_;
  absl::flat_hash_map<const void*, AllocationInfo> live_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_ALLOCATIONS_H_
