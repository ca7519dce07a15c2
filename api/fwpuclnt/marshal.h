// Copyright winemu authors.
//
// marshal.h: conversions between FWPM_* structs and the engine's records,
// and the blocks of memory returned to the client.
//
// Everything one Fwpm* call returns (an enumeration page with its structs,
// strings, SIDs and blobs, or one object from a getter) lives in one
// OutBlock, tracked by the emulator's AllocationTracker under the pointer
// the client receives, so a single FwpmFreeMemory0 releases all of it.
//
//   OutBlock block;
//   auto** array = block.New<FWPM_SESSION0*>(n);
//   ...
//   *entries = static_cast<FWPM_SESSION0**>(block.Publish(call, array));
#ifndef WINEMU_API_FWPUCLNT_MARSHAL_H_
#define WINEMU_API_FWPUCLNT_MARSHAL_H_

#include <fwpmu.h>

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "emu/core/allocations.h"
#include "emu/core/call.h"
#include "emu/wfp/engine.h"
#include "emu/wfp/types.h"

namespace winemu::fwpuclnt {

extern const AllocationKind kFwpmMemory;

class OutBlock {
 public:
  OutBlock() = default;
  OutBlock(const OutBlock&) = delete;
  OutBlock& operator=(const OutBlock&) = delete;

  // Zeroed storage for `count` objects of T, owned by the block.
  template <typename T>
  T* New(size_t count = 1) {
    return static_cast<T*>(Allocate(sizeof(T) * (count == 0 ? 1 : count)));
  }
  wchar_t* String(const std::optional<std::wstring>& s);
  wchar_t* String(const std::wstring& s);
  UINT8* Bytes(const std::vector<uint8_t>& bytes);
  // A binary SID from its "S-1-5-..." text (null if unparsable).
  SID* Sid(const std::string& text);

  // Hands the block to the emulator's tracker under `root` (one of its own
  // allocations) and returns root.
  void* Publish(ApiCall& call, void* root);

 private:
  void* Allocate(size_t size);
  // Pieces come from zeroed chunks (one allocation for many entries), or
  // each from its own allocation under AddressSanitizer, which then
  // catches a client reading past any piece.
  std::vector<std::unique_ptr<uint8_t[]>> chunks_;
  uint8_t* next_ = nullptr;
  size_t room_ = 0;
  size_t chunk_size_ = 0;
  size_t bytes_ = 0;
  // The last SID converted: a page of entries mostly repeats one.
  std::string sid_text_;
  const SID* sid_ = nullptr;
  size_t sid_size_ = 0;
};

// The bits of an enum field the client filled in. Clients may store any
// value there; reading it as the enum type would be undefined for values
// outside the enumerators' range, so validation reads the raw bits.
template <typename E>
uint32_t RawEnum(const E& e) {
  static_assert(sizeof(E) == sizeof(uint32_t), "32-bit enum");
  uint32_t bits;
  std::memcpy(&bits, &e, sizeof(bits));
  return bits;
}

// --- client structs -> engine records ------------------------------------
wfp::Guid ToGuid(const GUID& g);
GUID FromGuid(const wfp::Guid& g);
std::optional<std::wstring> ToString(const wchar_t* s);

// Each returns kOk or the code of the first bad member (kNullPointer for a
// NULL pointer a member needs, kInvalidEnumerator for an out-of-range type);
// `unmodelled` is set for values winemu does not model.
wfp::Status ToProvider(const FWPM_PROVIDER0& in, wfp::Provider* out);
wfp::Status ToSublayer(const FWPM_SUBLAYER0& in, wfp::Sublayer* out);
wfp::Status ToFilter(const FWPM_FILTER0& in, wfp::Filter* out,
                     const char** unmodelled);
wfp::Status ToCallout(const FWPM_CALLOUT0& in, wfp::Callout* out);

// --- engine records -> client structs (storage from `block`) ---------------
void FillSession(const wfp::SessionInfo& in, OutBlock& block,
                 FWPM_SESSION0* out);
void FillProvider(const wfp::Provider& in, OutBlock& block,
                  FWPM_PROVIDER0* out);
void FillSublayer(const wfp::Sublayer& in, OutBlock& block,
                  FWPM_SUBLAYER0* out);
void FillFilter(const wfp::Filter& in, OutBlock& block, FWPM_FILTER0* out);
void FillCallout(const wfp::Callout& in, OutBlock& block, FWPM_CALLOUT0* out);

}  // namespace winemu::fwpuclnt

#endif  // WINEMU_API_FWPUCLNT_MARSHAL_H_
