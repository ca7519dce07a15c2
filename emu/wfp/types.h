// Copyright winemu authors.
//
// types.h: what the filter engine stores and returns, with no Windows types.
//
// The shim (api/fwpuclnt) converts FWPM_* structs to these records and back;
// the engine validates, versions and enumerates them. Numeric values that are
// part of the Windows ABI (flag bits, FWP_DATA_TYPE and FWP_MATCH_TYPE
// numbers, action types) are kept as the same numbers so the two sides need
// no tables to agree.
#ifndef WINEMU_EMU_WFP_TYPES_H_
#define WINEMU_EMU_WFP_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "emu/wfp/guid.h"

namespace winemu::wfp {

// Engine results. api/fwpuclnt/errors.h maps each to its documented code.
enum class Status {
  kOk,
  kInvalidParameter,  // a bad argument outside any structure
  kAccessDenied,
  kServiceNotRunning,  // the Base Filtering Engine is stopped
  kAlreadyExists,
  kCalloutNotFound,
  kConditionNotFound,
  kFilterNotFound,
  kLayerNotFound,
  kProviderNotFound,
  kProviderContextNotFound,
  kSublayerNotFound,
  kInUse,
  kDynamicSessionInProgress,
  kWrongSession,
  kNoTxnInProgress,
  kTxnInProgress,
  kTxnAborted,
  kSessionAborted,  // the engine was stopped under the session
  kIncompatibleTxn,
  kTimeout,
  kIncompatibleLayer,
  kLifetimeMismatch,
  kBuiltinObject,
  kNullPointer,
  kInvalidEnumerator,
  kInvalidFlags,
  kNullDisplayName,
  kInvalidActionType,
  kInvalidWeight,
  kMatchTypeMismatch,
  kTypeMismatch,
  kReserved,
  kCommitFailed,   // an injected failure while applying a commit
  kInvalidHandle,  // an enumeration handle of another session
  kUnmodelled,     // a request winemu does not model (the shim reports it)
};

const char* StatusName(Status status);

// FWP_DATA_TYPE numbers (fwptypes.h).
namespace data_type {
inline constexpr uint32_t kEmpty = 0;
inline constexpr uint32_t kUint8 = 1;
inline constexpr uint32_t kUint16 = 2;
inline constexpr uint32_t kUint32 = 3;
inline constexpr uint32_t kUint64 = 4;
inline constexpr uint32_t kInt8 = 5;
inline constexpr uint32_t kInt16 = 6;
inline constexpr uint32_t kInt32 = 7;
inline constexpr uint32_t kInt64 = 8;
inline constexpr uint32_t kFloat = 9;
inline constexpr uint32_t kDouble = 10;
inline constexpr uint32_t kByteArray16 = 11;
inline constexpr uint32_t kByteBlob = 12;
inline constexpr uint32_t kSid = 13;
inline constexpr uint32_t kSecurityDescriptor = 14;
inline constexpr uint32_t kTokenInformation = 15;
inline constexpr uint32_t kTokenAccessInformation = 16;
inline constexpr uint32_t kUnicodeString = 17;
inline constexpr uint32_t kByteArray6 = 18;
inline constexpr uint32_t kSingleMax = 0xFF;
inline constexpr uint32_t kV4AddrMask = 0x100;
inline constexpr uint32_t kV6AddrMask = 0x101;
inline constexpr uint32_t kRange = 0x102;
}  // namespace data_type

// FWP_MATCH_TYPE numbers.
namespace match_type {
inline constexpr uint32_t kEqual = 0;
inline constexpr uint32_t kRange = 5;
inline constexpr uint32_t kFlagsAllSet = 6;
inline constexpr uint32_t kFlagsNoneSet = 8;
inline constexpr uint32_t kEqualCaseInsensitive = 9;
inline constexpr uint32_t kNotEqual = 10;
inline constexpr uint32_t kPrefix = 11;
inline constexpr uint32_t kNotPrefix = 12;
inline constexpr uint32_t kMax = 13;
}  // namespace match_type

// A FWP_VALUE0 / FWP_CONDITION_VALUE0, flattened: scalars in `scalar` (bit
// pattern), everything held by pointer in `bytes` (the shim decides the byte
// form of each type), a range as two values in `range`.
struct Value {
  uint32_t type = data_type::kEmpty;
  uint64_t scalar = 0;
  std::vector<uint8_t> bytes;
  std::vector<Value> range;  // FWP_RANGE_TYPE: {low, high}
};

enum class Lifetime { kDynamic, kStatic, kPersistent, kBuiltin };

// What providers, sublayers, filters and callouts have in common.
struct ObjectCommon {
  Guid key;
  std::optional<std::wstring> name;
  std::optional<std::wstring> description;
  uint32_t flags = 0;
  std::optional<Guid> provider_key;
  std::vector<uint8_t> provider_data;
  // Set by the engine.
  Lifetime lifetime = Lifetime::kStatic;
  uint64_t owner_session = 0;  // the dynamic session that added it, or 0
  uint64_t id = 0;             // runtime id (filters, callouts), else 0
};

struct Provider : ObjectCommon {
  std::optional<std::wstring> service_name;
};

struct Sublayer : ObjectCommon {
  uint16_t weight = 0;
};

struct Condition {
  Guid field;
  uint32_t match_type = 0;
  Value value;
};

struct Filter : ObjectCommon {
  Guid layer;
  Guid sublayer;
  Value weight;
  std::vector<Condition> conditions;
  uint32_t action_type = 0;
  Guid action_key;  // filterType or calloutKey
  uint64_t raw_context = 0;
  Guid provider_context_key;
  Value effective_weight;  // set by the engine
};

struct Callout : ObjectCommon {
  Guid applicable_layer;
};

struct SessionInfo {
  Guid key;
  std::optional<std::wstring> name;
  std::optional<std::wstring> description;
  uint32_t flags = 0;
  uint32_t txn_wait_ms = 0;
  // Filled by the engine from the calling process.
  uint32_t process_id = 0;
  // The opener's SID and user name, owned by its process, which the
  // emulator keeps until after the engine is gone: pointers rather than
  // copies, so that opening a session allocates nothing for them. Null for
  // control sessions.
  const std::string* sid = nullptr;
  const std::wstring* user_name = nullptr;
  bool kernel_mode = false;
  // Whether the opener may write (an elevated or System process); used only
  // when the engine checks access.
  bool may_write = true;
};

// Flag bits the engine interprets (fwpmtypes.h / fwpmu.h values).
inline constexpr uint32_t kSessionFlagDynamic = 0x1;
inline constexpr uint32_t kSessionFlagReserved = 0x10000000;
inline constexpr uint32_t kProviderFlagPersistent = 0x1;
inline constexpr uint32_t kProviderFlagDisabled = 0x10;
inline constexpr uint32_t kSublayerFlagPersistent = 0x1;
inline constexpr uint32_t kFilterFlagPersistent = 0x1;
inline constexpr uint32_t kFilterFlagBoottime = 0x2;
inline constexpr uint32_t kFilterFlagHasProviderContext = 0x4;
inline constexpr uint32_t kFilterFlagPermitIfCalloutUnregistered = 0x10;
inline constexpr uint32_t kFilterFlagDisabled = 0x20;
inline constexpr uint32_t kFilterFlagsKnown = 0x7FFF;
inline constexpr uint32_t kCalloutFlagPersistent = 0x10000;
inline constexpr uint32_t kCalloutFlagUsesProviderContext = 0x20000;
inline constexpr uint32_t kCalloutFlagRegistered = 0x40000;

// FWP_ACTION_TYPE values.
inline constexpr uint32_t kActionFlagTerminating = 0x1000;
inline constexpr uint32_t kActionFlagNonTerminating = 0x2000;
inline constexpr uint32_t kActionFlagCallout = 0x4000;
inline constexpr uint32_t kActionBlock = 0x1001;
inline constexpr uint32_t kActionPermit = 0x1002;
inline constexpr uint32_t kActionCalloutTerminating = 0x5003;
inline constexpr uint32_t kActionCalloutInspection = 0x6004;
inline constexpr uint32_t kActionCalloutUnknown = 0x4005;
inline constexpr uint32_t kActionContinue = 0x2006;

}  // namespace winemu::wfp

#endif  // WINEMU_EMU_WFP_TYPES_H_
