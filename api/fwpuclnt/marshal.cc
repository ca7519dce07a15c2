// Copyright winemu authors.
#include "api/fwpuclnt/marshal.h"

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <cwchar>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "emu/core/mutex.h"

namespace winemu::fwpuclnt {
namespace {

using wfp::Status;
namespace dt = wfp::data_type;

// Published blocks, by the pointer the client holds. Addresses are unique
// while a block lives, so one map serves every emulator.
struct Registry {
  Mutex mu;
  absl::flat_hash_map<const void*, std::unique_ptr<OutBlock>> blocks
      ABSL_GUARDED_BY(mu);
};

Registry& GetRegistry() {
  static Registry* registry = new Registry();
  return *registry;
}

void FreeBlock(void* address) {
  std::unique_ptr<OutBlock> block;
  Registry& r = GetRegistry();
  MutexLock lock(&r.mu);
  auto it = r.blocks.find(address);
  if (it == r.blocks.end()) return;
  block = std::move(it->second);
  r.blocks.erase(it);
}

}  // namespace

const AllocationKind kFwpmMemory = {"FwpmFreeMemory0 block", "FwpmFreeMemory0",
                                    &FreeBlock};

#if defined(__SANITIZE_ADDRESS__)
#define WINEMU_OUTBLOCK_PIECEWISE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define WINEMU_OUTBLOCK_PIECEWISE 1
#endif
#endif

void* OutBlock::Allocate(size_t size) {
  bytes_ += size;
#ifdef WINEMU_OUTBLOCK_PIECEWISE
  chunks_.push_back(std::make_unique<uint8_t[]>(size));  // zeroed
  return chunks_.back().get();
#else
  constexpr size_t kAlign = alignof(std::max_align_t);
  const size_t aligned =
      (std::max<size_t>(size, 1) + kAlign - 1) & ~(kAlign - 1);
  if (aligned > room_) {
    // Chunks grow (1 KiB to 64 KiB) so that a getter's small block stays
    // small and a page of a thousand entries takes a few allocations.
    chunk_size_ =
        std::min<size_t>(chunk_size_ == 0 ? 1024 : chunk_size_ * 2, 64 * 1024);
    const size_t chunk = std::max(aligned, chunk_size_);
    chunks_.push_back(std::make_unique<uint8_t[]>(chunk));  // zeroed
    next_ = chunks_.back().get();
    room_ = chunk;
  }
  void* p = next_;
  next_ += aligned;
  room_ -= aligned;
  return p;
#endif
}

wchar_t* OutBlock::String(const std::optional<std::wstring>& s) {
  return s.has_value() ? String(*s) : nullptr;
}

wchar_t* OutBlock::String(const std::wstring& s) {
  wchar_t* p = New<wchar_t>(s.size() + 1);
  std::wmemcpy(p, s.data(), s.size());
  return p;
}

UINT8* OutBlock::Bytes(const std::vector<uint8_t>& bytes) {
  if (bytes.empty()) return nullptr;
  UINT8* p = New<UINT8>(bytes.size());
  std::memcpy(p, bytes.data(), bytes.size());
  return p;
}

SID* OutBlock::Sid(const std::string& text) {
  if (sid_ != nullptr && text == sid_text_) {
    void* copy = Allocate(sid_size_);
    std::memcpy(copy, sid_, sid_size_);
    return static_cast<SID*>(copy);
  }
  std::vector<std::string> parts = absl::StrSplit(text, '-');
  if (parts.size() < 3 || parts[0] != "S") return nullptr;
  uint64_t authority = 0;
  if (!absl::SimpleAtoi(parts[2], &authority)) return nullptr;
  const size_t count = parts.size() - 3;
  if (count > SID_MAX_SUB_AUTHORITIES) return nullptr;
  const size_t size =
      offsetof(SID, SubAuthority) + sizeof(DWORD) * (count ? count : 1);
  auto* sid = static_cast<SID*>(Allocate(size));
  sid->Revision = SID_REVISION;
  sid->SubAuthorityCount = static_cast<BYTE>(count);
  for (int i = 0; i < 6; ++i) {
    sid->IdentifierAuthority.Value[i] =
        static_cast<BYTE>(authority >> (8 * (5 - i)));
  }
  for (size_t i = 0; i < count; ++i) {
    uint32_t sub = 0;
    if (!absl::SimpleAtoi(parts[3 + i], &sub)) return nullptr;
    sid->SubAuthority[i] = sub;
  }
  sid_text_ = text;
  sid_ = sid;
  sid_size_ = size;
  return sid;
}

void* OutBlock::Publish(ApiCall& call, void* root) {
  const size_t size = bytes_;
  auto self = std::make_unique<OutBlock>();
  self->chunks_ = std::move(chunks_);
  self->bytes_ = bytes_;
  {
    Registry& r = GetRegistry();
    MutexLock lock(&r.mu);
    r.blocks[root] = std::move(self);
  }
  call.emu().allocations().Track(root, kFwpmMemory, size, call.api().name,
                                 call.process().id(), call.seq());
  return root;
}

// --- client -> engine --------------------------------------------------------

wfp::Guid ToGuid(const GUID& g) {
  wfp::Guid out;
  static_assert(sizeof(out) == sizeof(g), "GUID layout");
  std::memcpy(static_cast<void*>(&out), &g, sizeof(g));
  return out;
}

GUID FromGuid(const wfp::Guid& g) {
  GUID out;
  std::memcpy(&out, &g, sizeof(g));
  return out;
}

std::optional<std::wstring> ToString(const wchar_t* s) {
  if (s == nullptr) return std::nullopt;
  return std::wstring(s);
}

namespace {

Status ToBlob(const FWP_BYTE_BLOB& blob, std::vector<uint8_t>* out) {
  out->clear();
  if (blob.size == 0) return Status::kOk;
  if (blob.data == nullptr) return Status::kNullPointer;
  out->assign(blob.data, blob.data + blob.size);
  return Status::kOk;
}

template <typename T>
void PutBytes(const T* p, size_t n, std::vector<uint8_t>* out) {
  const auto* b = reinterpret_cast<const uint8_t*>(p);
  out->assign(b, b + n);
}

size_t SidSize(const SID* sid) {
  return offsetof(SID, SubAuthority) + sizeof(DWORD) * sid->SubAuthorityCount;
}

// The members FWP_VALUE0 and FWP_CONDITION_VALUE0 share.
template <typename V>
Status ToSingleValue(const V& in, wfp::Value* out, const char** unmodelled) {
  out->type = RawEnum(in.type);
  switch (out->type) {
    case FWP_EMPTY:
      return Status::kOk;
    case FWP_UINT8:
      out->scalar = in.uint8;
      return Status::kOk;
    case FWP_UINT16:
      out->scalar = in.uint16;
      return Status::kOk;
    case FWP_UINT32:
      out->scalar = in.uint32;
      return Status::kOk;
    case FWP_INT8:
      out->scalar = static_cast<uint8_t>(in.int8);
      return Status::kOk;
    case FWP_INT16:
      out->scalar = static_cast<uint16_t>(in.int16);
      return Status::kOk;
    case FWP_INT32:
      out->scalar = static_cast<uint32_t>(in.int32);
      return Status::kOk;
    case FWP_FLOAT: {
      uint32_t bits;
      std::memcpy(&bits, &in.float32, sizeof(bits));
      out->scalar = bits;
      return Status::kOk;
    }
    case FWP_UINT64:
    case FWP_INT64:
    case FWP_DOUBLE: {
      const void* p = in.uint64;  // the three pointers share storage
      if (p == nullptr) return Status::kNullPointer;
      std::memcpy(&out->scalar, p, sizeof(uint64_t));
      return Status::kOk;
    }
    case FWP_BYTE_ARRAY16_TYPE:
      if (in.byteArray16 == nullptr) return Status::kNullPointer;
      PutBytes(in.byteArray16->byteArray16, 16, &out->bytes);
      return Status::kOk;
    case FWP_BYTE_ARRAY6_TYPE:
      if (in.byteArray6 == nullptr) return Status::kNullPointer;
      PutBytes(in.byteArray6->byteArray6, 6, &out->bytes);
      return Status::kOk;
    case FWP_BYTE_BLOB_TYPE:
    case FWP_SECURITY_DESCRIPTOR_TYPE:
    case FWP_TOKEN_ACCESS_INFORMATION_TYPE:
      if (in.byteBlob == nullptr) return Status::kNullPointer;
      return ToBlob(*in.byteBlob, &out->bytes);
    case FWP_SID:
      if (in.sid == nullptr) return Status::kNullPointer;
      PutBytes(in.sid, SidSize(in.sid), &out->bytes);
      return Status::kOk;
    case FWP_UNICODE_STRING_TYPE:
      if (in.unicodeString == nullptr) return Status::kNullPointer;
      PutBytes(in.unicodeString,
               (std::wcslen(in.unicodeString) + 1) * sizeof(wchar_t),
               &out->bytes);
      return Status::kOk;
    case FWP_TOKEN_INFORMATION_TYPE:
      if (in.tokenInformation == nullptr) return Status::kNullPointer;
      *unmodelled = "FWP_TOKEN_INFORMATION_TYPE values";
      return Status::kInvalidParameter;
    default:
      return Status::kInvalidEnumerator;
  }
}

Status ToConditionValue(const FWP_CONDITION_VALUE0& in, wfp::Value* out,
                        const char** unmodelled) {
  switch (RawEnum(in.type)) {
    case FWP_V4_ADDR_MASK:
      out->type = RawEnum(in.type);
      if (in.v4AddrMask == nullptr) return Status::kNullPointer;
      PutBytes(in.v4AddrMask, sizeof(FWP_V4_ADDR_AND_MASK), &out->bytes);
      return Status::kOk;
    case FWP_V6_ADDR_MASK:
      out->type = RawEnum(in.type);
      if (in.v6AddrMask == nullptr) return Status::kNullPointer;
      PutBytes(in.v6AddrMask->addr, FWP_V6_ADDR_SIZE, &out->bytes);
      out->bytes.push_back(in.v6AddrMask->prefixLength);
      return Status::kOk;
    case FWP_RANGE_TYPE: {
      out->type = RawEnum(in.type);
      if (in.rangeValue == nullptr) return Status::kNullPointer;
      out->range.resize(2);
      Status st =
          ToSingleValue(in.rangeValue->valueLow, &out->range[0], unmodelled);
      if (st != Status::kOk) return st;
      return ToSingleValue(in.rangeValue->valueHigh, &out->range[1],
                           unmodelled);
    }
    default:
      return ToSingleValue(in, out, unmodelled);
  }
}

template <typename In>
Status ToCommon(const In& in, const GUID& key, wfp::ObjectCommon* out) {
  out->key = ToGuid(key);
  out->name = ToString(in.displayData.name);
  out->description = ToString(in.displayData.description);
  out->flags = in.flags;
  return ToBlob(in.providerData, &out->provider_data);
}

}  // namespace

Status ToProvider(const FWPM_PROVIDER0& in, wfp::Provider* out) {
  out->service_name = ToString(in.serviceName);
  return ToCommon(in, in.providerKey, out);
}

Status ToSublayer(const FWPM_SUBLAYER0& in, wfp::Sublayer* out) {
  if (in.providerKey != nullptr) out->provider_key = ToGuid(*in.providerKey);
  out->weight = in.weight;
  return ToCommon(in, in.subLayerKey, out);
}

Status ToCallout(const FWPM_CALLOUT0& in, wfp::Callout* out) {
  if (in.providerKey != nullptr) out->provider_key = ToGuid(*in.providerKey);
  out->applicable_layer = ToGuid(in.applicableLayer);
  return ToCommon(in, in.calloutKey, out);
}

Status ToFilter(const FWPM_FILTER0& in, wfp::Filter* out,
                const char** unmodelled) {
  Status st = ToCommon(in, in.filterKey, out);
  if (st != Status::kOk) return st;
  if (in.providerKey != nullptr) out->provider_key = ToGuid(*in.providerKey);
  out->layer = ToGuid(in.layerKey);
  out->sublayer = ToGuid(in.subLayerKey);
  st = ToSingleValue(in.weight, &out->weight, unmodelled);
  if (st == Status::kInvalidEnumerator) return Status::kInvalidWeight;
  if (st != Status::kOk) return st;
  if (in.numFilterConditions > 0 && in.filterCondition == nullptr) {
    return Status::kNullPointer;
  }
  out->conditions.resize(in.numFilterConditions);
  for (UINT32 i = 0; i < in.numFilterConditions; ++i) {
    const FWPM_FILTER_CONDITION0& c = in.filterCondition[i];
    out->conditions[i].field = ToGuid(c.fieldKey);
    out->conditions[i].match_type = RawEnum(c.matchType);
    st = ToConditionValue(c.conditionValue, &out->conditions[i].value,
                          unmodelled);
    if (st != Status::kOk) return st;
  }
  out->action_type = in.action.type;
  out->action_key = ToGuid(in.action.calloutKey);
  if ((in.flags & FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT) != 0) {
    out->provider_context_key = ToGuid(in.providerContextKey);
  } else {
    out->raw_context = in.rawContext;
  }
  return Status::kOk;
}

// --- engine -> client --------------------------------------------------------

namespace {

template <typename V>
void FillSingleValue(const wfp::Value& in, OutBlock& block, V* out) {
  out->type = static_cast<FWP_DATA_TYPE>(in.type);
  switch (in.type) {
    case FWP_UINT8:
      out->uint8 = static_cast<UINT8>(in.scalar);
      break;
    case FWP_UINT16:
      out->uint16 = static_cast<UINT16>(in.scalar);
      break;
    case FWP_UINT32:
      out->uint32 = static_cast<UINT32>(in.scalar);
      break;
    case FWP_INT8:
      out->int8 = static_cast<INT8>(in.scalar);
      break;
    case FWP_INT16:
      out->int16 = static_cast<INT16>(in.scalar);
      break;
    case FWP_INT32:
      out->int32 = static_cast<INT32>(in.scalar);
      break;
    case FWP_FLOAT: {
      const uint32_t bits = static_cast<uint32_t>(in.scalar);
      std::memcpy(&out->float32, &bits, sizeof(bits));
      break;
    }
    case FWP_UINT64:
    case FWP_INT64:
    case FWP_DOUBLE: {
      UINT64* p = block.New<UINT64>();
      *p = in.scalar;
      out->uint64 = p;
      break;
    }
    case FWP_BYTE_ARRAY16_TYPE:
      out->byteArray16 = block.New<FWP_BYTE_ARRAY16>();
      std::memcpy(out->byteArray16->byteArray16, in.bytes.data(), 16);
      break;
    case FWP_BYTE_ARRAY6_TYPE:
      out->byteArray6 = block.New<FWP_BYTE_ARRAY6>();
      std::memcpy(out->byteArray6->byteArray6, in.bytes.data(), 6);
      break;
    case FWP_BYTE_BLOB_TYPE:
    case FWP_SECURITY_DESCRIPTOR_TYPE:
    case FWP_TOKEN_ACCESS_INFORMATION_TYPE:
      out->byteBlob = block.New<FWP_BYTE_BLOB>();
      out->byteBlob->size = static_cast<UINT32>(in.bytes.size());
      out->byteBlob->data = block.Bytes(in.bytes);
      break;
    case FWP_SID:
      out->sid = reinterpret_cast<SID*>(block.Bytes(in.bytes));
      break;
    case FWP_UNICODE_STRING_TYPE:
      out->unicodeString = reinterpret_cast<LPWSTR>(block.Bytes(in.bytes));
      break;
    default:
      break;
  }
}

void FillConditionValue(const wfp::Value& in, OutBlock& block,
                        FWP_CONDITION_VALUE0* out) {
  switch (in.type) {
    case FWP_V4_ADDR_MASK:
      out->type = FWP_V4_ADDR_MASK;
      out->v4AddrMask = block.New<FWP_V4_ADDR_AND_MASK>();
      std::memcpy(out->v4AddrMask, in.bytes.data(), sizeof(*out->v4AddrMask));
      return;
    case FWP_V6_ADDR_MASK:
      out->type = FWP_V6_ADDR_MASK;
      out->v6AddrMask = block.New<FWP_V6_ADDR_AND_MASK>();
      std::memcpy(out->v6AddrMask->addr, in.bytes.data(), FWP_V6_ADDR_SIZE);
      out->v6AddrMask->prefixLength = in.bytes[FWP_V6_ADDR_SIZE];
      return;
    case FWP_RANGE_TYPE:
      out->type = FWP_RANGE_TYPE;
      out->rangeValue = block.New<FWP_RANGE0>();
      FillSingleValue(in.range[0], block, &out->rangeValue->valueLow);
      FillSingleValue(in.range[1], block, &out->rangeValue->valueHigh);
      return;
    default:
      FillSingleValue(in, block, out);
  }
}

GUID* OptGuid(const std::optional<wfp::Guid>& g, OutBlock& block) {
  if (!g.has_value()) return nullptr;
  GUID* p = block.New<GUID>();
  *p = FromGuid(*g);
  return p;
}

template <typename Out>
void FillCommon(const wfp::ObjectCommon& in, OutBlock& block, Out* out) {
  out->displayData.name = block.String(in.name);
  out->displayData.description = block.String(in.description);
  out->flags = in.flags;
  out->providerData.size = static_cast<UINT32>(in.provider_data.size());
  out->providerData.data = block.Bytes(in.provider_data);
}

}  // namespace

void FillSession(const wfp::SessionInfo& in, OutBlock& block,
                 FWPM_SESSION0* out) {
  out->sessionKey = FromGuid(in.key);
  out->displayData.name = block.String(in.name);
  out->displayData.description = block.String(in.description);
  out->flags = in.flags;
  out->txnWaitTimeoutInMSec = in.txn_wait_ms;
  out->processId = in.process_id;
  out->sid = in.sid != nullptr ? block.Sid(*in.sid) : nullptr;
  out->username =
      in.user_name != nullptr ? block.String(*in.user_name) : nullptr;
  out->kernelMode = in.kernel_mode ? TRUE : FALSE;
}

void FillProvider(const wfp::Provider& in, OutBlock& block,
                  FWPM_PROVIDER0* out) {
  out->providerKey = FromGuid(in.key);
  FillCommon(in, block, out);
  out->serviceName = block.String(in.service_name);
}

void FillSublayer(const wfp::Sublayer& in, OutBlock& block,
                  FWPM_SUBLAYER0* out) {
  out->subLayerKey = FromGuid(in.key);
  FillCommon(in, block, out);
  out->providerKey = OptGuid(in.provider_key, block);
  out->weight = in.weight;
}

void FillFilter(const wfp::Filter& in, OutBlock& block, FWPM_FILTER0* out) {
  out->filterKey = FromGuid(in.key);
  FillCommon(in, block, out);
  out->providerKey = OptGuid(in.provider_key, block);
  out->layerKey = FromGuid(in.layer);
  out->subLayerKey = FromGuid(in.sublayer);
  FillSingleValue(in.weight, block, &out->weight);
  out->numFilterConditions = static_cast<UINT32>(in.conditions.size());
  if (!in.conditions.empty()) {
    out->filterCondition =
        block.New<FWPM_FILTER_CONDITION0>(in.conditions.size());
    for (size_t i = 0; i < in.conditions.size(); ++i) {
      out->filterCondition[i].fieldKey = FromGuid(in.conditions[i].field);
      out->filterCondition[i].matchType =
          static_cast<FWP_MATCH_TYPE>(in.conditions[i].match_type);
      FillConditionValue(in.conditions[i].value, block,
                         &out->filterCondition[i].conditionValue);
    }
  }
  out->action.type = in.action_type;
  out->action.calloutKey = FromGuid(in.action_key);
  if ((in.flags & FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT) != 0) {
    out->providerContextKey = FromGuid(in.provider_context_key);
  } else {
    out->rawContext = in.raw_context;
  }
  out->reserved = nullptr;
  out->filterId = in.id;
  FillSingleValue(in.effective_weight, block, &out->effectiveWeight);
}

void FillCallout(const wfp::Callout& in, OutBlock& block, FWPM_CALLOUT0* out) {
  out->calloutKey = FromGuid(in.key);
  FillCommon(in, block, out);
  out->providerKey = OptGuid(in.provider_key, block);
  out->applicableLayer = FromGuid(in.applicable_layer);
  out->calloutId = static_cast<UINT32>(in.id);
}

}  // namespace winemu::fwpuclnt
