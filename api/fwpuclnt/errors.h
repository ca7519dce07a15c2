// Copyright winemu authors.
//
// errors.h: the one place where filter-engine results become the DWORD codes
// Fwpuclnt.dll returns. The DWORD mixes FWP_E_* HRESULTs, plain Win32 codes
// and RPC codes, exactly as on Windows; none is wrapped in
// HRESULT_FROM_WIN32.
#ifndef WINEMU_API_FWPUCLNT_ERRORS_H_
#define WINEMU_API_FWPUCLNT_ERRORS_H_

#include <windows.h>

#include "emu/core/handle_table.h"
#include "emu/wfp/types.h"

namespace winemu::fwpuclnt {

// [INF, spec 4.1/4.4] A NULL pointer parameter (not a NULL member of a
// structure, which is FWP_E_NULL_POINTER) is ERROR_INVALID_PARAMETER.
inline constexpr DWORD kNullArgument = ERROR_INVALID_PARAMETER;

// What an unmodelled request returns (with a verifier report naming it).
inline constexpr DWORD kNotModelled = RPC_S_CANNOT_SUPPORT;

// [INF, spec 4.2/4.4] Every bad engine or enumeration handle (NULL, garbage,
// closed, another type, another process, another session's enumeration) is
// ERROR_INVALID_HANDLE; FWP_E_INVALID_ENUMERATOR means a bad enum *value*.
inline DWORD FromHandleStatus(HandleStatus status) {
  return status == HandleStatus::kOk ? ERROR_SUCCESS : ERROR_INVALID_HANDLE;
}

inline DWORD FromStatus(wfp::Status status) {
  using wfp::Status;
  switch (status) {
    case Status::kOk:
      return ERROR_SUCCESS;
    case Status::kInvalidParameter:
      return ERROR_INVALID_PARAMETER;
    case Status::kAccessDenied:
      return ERROR_ACCESS_DENIED;
    // [OBS] Clients see EPT_S_NOT_REGISTERED (1753) when BFE is stopped.
    case Status::kServiceNotRunning:
      return EPT_S_NOT_REGISTERED;
    case Status::kAlreadyExists:
      return FWP_E_ALREADY_EXISTS;
    case Status::kCalloutNotFound:
      return FWP_E_CALLOUT_NOT_FOUND;
    case Status::kConditionNotFound:
      return FWP_E_CONDITION_NOT_FOUND;
    case Status::kFilterNotFound:
      return FWP_E_FILTER_NOT_FOUND;
    case Status::kLayerNotFound:
      return FWP_E_LAYER_NOT_FOUND;
    case Status::kProviderNotFound:
      return FWP_E_PROVIDER_NOT_FOUND;
    case Status::kProviderContextNotFound:
      return FWP_E_PROVIDER_CONTEXT_NOT_FOUND;
    case Status::kSublayerNotFound:
      return FWP_E_SUBLAYER_NOT_FOUND;
    case Status::kInUse:
      return FWP_E_IN_USE;
    case Status::kDynamicSessionInProgress:
      return FWP_E_DYNAMIC_SESSION_IN_PROGRESS;
    case Status::kWrongSession:
      return FWP_E_WRONG_SESSION;
    case Status::kNoTxnInProgress:
      return FWP_E_NO_TXN_IN_PROGRESS;
    case Status::kTxnInProgress:
      return FWP_E_TXN_IN_PROGRESS;
    case Status::kTxnAborted:
      return FWP_E_TXN_ABORTED;
    case Status::kSessionAborted:
      return FWP_E_SESSION_ABORTED;
    case Status::kIncompatibleTxn:
      return FWP_E_INCOMPATIBLE_TXN;
    case Status::kTimeout:
      return FWP_E_TIMEOUT;
    case Status::kIncompatibleLayer:
      return FWP_E_INCOMPATIBLE_LAYER;
    case Status::kLifetimeMismatch:
      return FWP_E_LIFETIME_MISMATCH;
    case Status::kBuiltinObject:
      return FWP_E_BUILTIN_OBJECT;
    case Status::kNullPointer:
      return FWP_E_NULL_POINTER;
    case Status::kInvalidEnumerator:
      return FWP_E_INVALID_ENUMERATOR;
    case Status::kInvalidFlags:
      return FWP_E_INVALID_FLAGS;
    case Status::kNullDisplayName:
      return FWP_E_NULL_DISPLAY_NAME;
    case Status::kInvalidActionType:
      return FWP_E_INVALID_ACTION_TYPE;
    case Status::kInvalidWeight:
      return FWP_E_INVALID_WEIGHT;
    case Status::kMatchTypeMismatch:
      return FWP_E_MATCH_TYPE_MISMATCH;
    case Status::kTypeMismatch:
      return FWP_E_TYPE_MISMATCH;
    case Status::kReserved:
      return FWP_E_RESERVED;
    // [INF] A commit that failed while being applied (fault injection) is
    // reported as the session having been cancelled server-side.
    case Status::kCommitFailed:
      return FWP_E_TXN_ABORTED;
    case Status::kInvalidHandle:
      return ERROR_INVALID_HANDLE;
    case Status::kUnmodelled:
      return kNotModelled;
  }
  return ERROR_INVALID_PARAMETER;
}

}  // namespace winemu::fwpuclnt

#endif  // WINEMU_API_FWPUCLNT_ERRORS_H_
