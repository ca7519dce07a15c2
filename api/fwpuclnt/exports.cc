// Copyright winemu authors.
#include "api/fwpuclnt/exports.h"

#include <fwpmu.h>

namespace winemu::fwpuclnt {

namespace {
constexpr const char *kDll = "fwpuclnt";
constexpr const char *kSdNote =
    "security descriptors (sd) are accepted but neither stored nor enforced; "
    "the engine's access check (non-elevated callers may not write) is off "
    "unless a test turns it on";
}  // namespace

// What each entry point may return besides ERROR_SUCCESS: the documented
// codes, the spec's observed [OBS] and recommended [INF] ones, and, as every
// Fwpm* page says, any FWP_E_* code and the RPC errors of the call to the
// Base Filtering Engine.
constexpr uint32_t kFwpRpc = kAnyFwpError | kAnyRpcError;
WINEMU_CODE_SET(kOpenCodes, kFwpRpc, FWP_E_ALREADY_EXISTS, EPT_S_NOT_REGISTERED,
                ERROR_INVALID_PARAMETER, RPC_X_NULL_REF_POINTER,
                RPC_S_UNKNOWN_AUTHN_SERVICE, FWP_E_INVALID_FLAGS);
WINEMU_CODE_SET(kHandleCodes, kFwpRpc, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kBeginCodes, kAnyRpcError, FWP_E_TXN_IN_PROGRESS, FWP_E_TIMEOUT,
                ERROR_INVALID_HANDLE, FWP_E_INVALID_FLAGS,
                // Observed for a non-elevated writer, and the one-time report
                // of a transaction the engine aborted.
                ERROR_ACCESS_DENIED, FWP_E_TXN_ABORTED);
WINEMU_CODE_SET(kEndTxnCodes, kAnyRpcError, FWP_E_NO_TXN_IN_PROGRESS,
                FWP_E_TXN_ABORTED, ERROR_ACCESS_DENIED, ERROR_INVALID_HANDLE);
WINEMU_CODE_SET(kCreateEnumCodes, kFwpRpc, FWP_E_TXN_IN_PROGRESS,
                FWP_E_RESERVED, ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kEnumCodes, kFwpRpc, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER, ERROR_NOT_ENOUGH_MEMORY);
WINEMU_CODE_SET(kAddCodes, kFwpRpc, FWP_E_INCOMPATIBLE_TXN,
                FWP_E_ALREADY_EXISTS, FWP_E_NULL_DISPLAY_NAME,
                FWP_E_LIFETIME_MISMATCH, ERROR_ACCESS_DENIED,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kFilterAddCodes, kFwpRpc, FWP_E_INCOMPATIBLE_TXN,
                ERROR_INVALID_SECURITY_DESCR,
                HRESULT_FROM_WIN32(ERROR_INVALID_SECURITY_DESCR),
                FWP_E_CALLOUT_NOTIFICATION_FAILED, FWP_E_TIMEOUT,
                FWP_E_LIFETIME_MISMATCH, FWP_E_NULL_POINTER,
                ERROR_ACCESS_DENIED, ERROR_INVALID_HANDLE,
                ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kDeleteCodes, kFwpRpc, FWP_E_INCOMPATIBLE_TXN,
                FWP_E_WRONG_SESSION, FWP_E_DYNAMIC_SESSION_IN_PROGRESS,
                FWP_E_NOT_FOUND, FWP_E_IN_USE, ERROR_ACCESS_DENIED,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kFilterDeleteCodes, kFwpRpc, FWP_E_INCOMPATIBLE_TXN,
                FWP_E_WRONG_SESSION, FWP_E_DYNAMIC_SESSION_IN_PROGRESS,
                FWP_E_FILTER_NOT_FOUND, ERROR_ACCESS_DENIED,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER);
WINEMU_CODE_SET(kProviderGetCodes, kFwpRpc, FWP_E_PROVIDER_NOT_FOUND,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY);
WINEMU_CODE_SET(kSubLayerGetCodes, kFwpRpc, FWP_E_SUBLAYER_NOT_FOUND,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY);
WINEMU_CODE_SET(kFilterGetCodes, kFwpRpc, FWP_E_FILTER_NOT_FOUND,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY);
WINEMU_CODE_SET(kCalloutGetCodes, kFwpRpc, FWP_E_CALLOUT_NOT_FOUND,
                ERROR_INVALID_HANDLE, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY);
WINEMU_CODE_SET(kAppIdCodes, kFwpRpc, ERROR_FILE_NOT_FOUND,
                ERROR_PATH_NOT_FOUND, ERROR_INVALID_PARAMETER,
                ERROR_NOT_ENOUGH_MEMORY);

#define ROW(name, support, note, code, codes)           \
  const ApiInfo k##name = {#name,                       \
                           kDll,                        \
                           Support::support,            \
                           note,                        \
                           CodeKind::kWin32,            \
                           static_cast<uint32_t>(code), \
                           &codes};

const ApiInfo kFwpmFreeMemory0 = {"FwpmFreeMemory0",
                                  kDll,
                                  Support::kSupported,
                                  "tracked; freeing an unknown pointer is a "
                                  "verifier report",
                                  CodeKind::kVoid,
                                  0,
                                  &kNoCodes};
ROW(FwpmEngineOpen0, kPartial,
    "a non-NULL authIdentity (other credentials) is not modelled",
    FWP_E_ALREADY_EXISTS, kOpenCodes)
ROW(FwpmEngineClose0, kSupported, "", ERROR_INVALID_HANDLE, kHandleCodes)
ROW(FwpmTransactionBegin0, kSupported,
    "read-only transactions do not take the transaction lock",
    FWP_E_TXN_IN_PROGRESS, kBeginCodes)
ROW(FwpmTransactionCommit0, kSupported, "", FWP_E_NO_TXN_IN_PROGRESS,
    kEndTxnCodes)
ROW(FwpmTransactionAbort0, kSupported, "", FWP_E_NO_TXN_IN_PROGRESS,
    kEndTxnCodes)
ROW(FwpmSessionCreateEnumHandle0, kSupported, "", FWP_E_TXN_IN_PROGRESS,
    kCreateEnumCodes)
ROW(FwpmSessionEnum0, kSupported, "", ERROR_INVALID_HANDLE, kEnumCodes)
ROW(FwpmSessionDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kHandleCodes)
ROW(FwpmProviderAdd0, kPartial, kSdNote, FWP_E_INCOMPATIBLE_TXN, kAddCodes)
ROW(FwpmProviderDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN,
    kDeleteCodes)
ROW(FwpmProviderGetByKey0, kSupported, "", FWP_E_PROVIDER_NOT_FOUND,
    kProviderGetCodes)
ROW(FwpmProviderCreateEnumHandle0, kSupported, "", FWP_E_RESERVED,
    kCreateEnumCodes)
ROW(FwpmProviderEnum0, kSupported, "", ERROR_INVALID_HANDLE, kEnumCodes)
ROW(FwpmProviderDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kHandleCodes)
ROW(FwpmSubLayerAdd0, kPartial, kSdNote, FWP_E_INCOMPATIBLE_TXN, kAddCodes)
ROW(FwpmSubLayerDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN,
    kDeleteCodes)
ROW(FwpmSubLayerGetByKey0, kSupported, "", FWP_E_SUBLAYER_NOT_FOUND,
    kSubLayerGetCodes)
ROW(FwpmSubLayerCreateEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kCreateEnumCodes)
ROW(FwpmSubLayerEnum0, kSupported, "", ERROR_INVALID_HANDLE, kEnumCodes)
ROW(FwpmSubLayerDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kHandleCodes)
ROW(FwpmFilterAdd0, kPartial,
    "security descriptors not stored or enforced; provider contexts are not "
    "modelled (a built-in provider context fails as unmodelled, any other "
    "key with FWP_E_PROVIDER_CONTEXT_NOT_FOUND); "
    "FWP_TOKEN_INFORMATION_TYPE condition values are refused as unmodelled",
    FWP_E_INCOMPATIBLE_TXN, kFilterAddCodes)
ROW(FwpmFilterDeleteById0, kSupported, "", FWP_E_INCOMPATIBLE_TXN,
    kFilterDeleteCodes)
ROW(FwpmFilterDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN,
    kFilterDeleteCodes)
ROW(FwpmFilterGetById0, kSupported, "", FWP_E_FILTER_NOT_FOUND, kFilterGetCodes)
ROW(FwpmFilterGetByKey0, kSupported, "", FWP_E_FILTER_NOT_FOUND,
    kFilterGetCodes)
ROW(FwpmFilterCreateEnumHandle0, kPartial,
    "template conditions, providerContextTemplate and the SORTED / "
    "BEST_TERMINATING_MATCH / BOOTTIME_ONLY flags are not modelled (fail "
    "with RPC_S_CANNOT_SUPPORT)",
    ERROR_INVALID_HANDLE, kCreateEnumCodes)
ROW(FwpmFilterEnum0, kSupported, "", ERROR_INVALID_HANDLE, kEnumCodes)
ROW(FwpmFilterDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kHandleCodes)
ROW(FwpmCalloutAdd0, kPartial, kSdNote, FWP_E_INCOMPATIBLE_TXN, kAddCodes)
ROW(FwpmCalloutDeleteById0, kSupported, "", FWP_E_INCOMPATIBLE_TXN,
    kDeleteCodes)
ROW(FwpmCalloutDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN,
    kDeleteCodes)
ROW(FwpmCalloutGetById0, kSupported, "", FWP_E_CALLOUT_NOT_FOUND,
    kCalloutGetCodes)
ROW(FwpmCalloutGetByKey0, kSupported, "", FWP_E_CALLOUT_NOT_FOUND,
    kCalloutGetCodes)
ROW(FwpmCalloutCreateEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kCreateEnumCodes)
ROW(FwpmCalloutEnum0, kSupported, "", ERROR_INVALID_HANDLE, kEnumCodes)
ROW(FwpmCalloutDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE,
    kHandleCodes)
ROW(FwpmGetAppIdFromFileName0, kPartial,
    "paths are the host's; the blob is the lower-cased absolute path in "
    "UTF-16 with its NUL, not an NT device path",
    ERROR_FILE_NOT_FOUND, kAppIdCodes)
#undef ROW

namespace {
#define WINEMU_FWPUCLNT_ROW(name) &k##name,
const ApiInfo *const kRows[] = {WINEMU_FWPUCLNT_EXPORTS(WINEMU_FWPUCLNT_ROW)};
#undef WINEMU_FWPUCLNT_ROW
const ExportTableRegistrar kRegistrar(kDll, kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::fwpuclnt
