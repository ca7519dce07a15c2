// Copyright winemu authors.
#include "api/fwpuclnt/exports.h"

#include <fwpmu.h>

namespace winemu::fwpuclnt {

namespace {
constexpr const char* kDll = "fwpuclnt";
constexpr const char* kSdNote =
    "security descriptors (sd) are accepted but neither stored nor enforced; "
    "the engine's access check (non-elevated callers may not write) is off "
    "unless a test turns it on";
}  // namespace

#define ROW(name, support, note, code)       \
  const ApiInfo k##name = {#name,            \
                           kDll,             \
                           Support::support, \
                           note,             \
                           CodeKind::kWin32, \
                           static_cast<uint32_t>(code)};

const ApiInfo kFwpmFreeMemory0 = {"FwpmFreeMemory0",
                                  kDll,
                                  Support::kSupported,
                                  "tracked; freeing an unknown pointer is a "
                                  "verifier report",
                                  CodeKind::kVoid,
                                  0};
ROW(FwpmEngineOpen0, kPartial,
    "a non-NULL authIdentity (other credentials) is not modelled",
    FWP_E_ALREADY_EXISTS)
ROW(FwpmEngineClose0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmTransactionBegin0, kSupported,
    "read-only transactions do not take the transaction lock",
    FWP_E_TXN_IN_PROGRESS)
ROW(FwpmTransactionCommit0, kSupported, "", FWP_E_NO_TXN_IN_PROGRESS)
ROW(FwpmTransactionAbort0, kSupported, "", FWP_E_NO_TXN_IN_PROGRESS)
ROW(FwpmSessionCreateEnumHandle0, kSupported, "", FWP_E_TXN_IN_PROGRESS)
ROW(FwpmSessionEnum0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmSessionDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmProviderAdd0, kPartial, kSdNote, FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmProviderDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmProviderGetByKey0, kSupported, "", FWP_E_PROVIDER_NOT_FOUND)
ROW(FwpmProviderCreateEnumHandle0, kSupported, "", FWP_E_RESERVED)
ROW(FwpmProviderEnum0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmProviderDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmSubLayerAdd0, kPartial, kSdNote, FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmSubLayerDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmSubLayerGetByKey0, kSupported, "", FWP_E_SUBLAYER_NOT_FOUND)
ROW(FwpmSubLayerCreateEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmSubLayerEnum0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmSubLayerDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmFilterAdd0, kPartial,
    "security descriptors not stored or enforced; provider contexts are not "
    "modelled (a built-in provider context fails as unmodelled, any other "
    "key with FWP_E_PROVIDER_CONTEXT_NOT_FOUND); "
    "FWP_TOKEN_INFORMATION_TYPE condition values are refused as unmodelled",
    FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmFilterDeleteById0, kSupported, "", FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmFilterDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmFilterGetById0, kSupported, "", FWP_E_FILTER_NOT_FOUND)
ROW(FwpmFilterGetByKey0, kSupported, "", FWP_E_FILTER_NOT_FOUND)
ROW(FwpmFilterCreateEnumHandle0, kPartial,
    "template conditions, providerContextTemplate and the SORTED / "
    "BEST_TERMINATING_MATCH / BOOTTIME_ONLY flags are not modelled (fail "
    "with RPC_S_CANNOT_SUPPORT)",
    ERROR_INVALID_HANDLE)
ROW(FwpmFilterEnum0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmFilterDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmCalloutAdd0, kPartial, kSdNote, FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmCalloutDeleteById0, kSupported, "", FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmCalloutDeleteByKey0, kSupported, "", FWP_E_INCOMPATIBLE_TXN)
ROW(FwpmCalloutGetById0, kSupported, "", FWP_E_CALLOUT_NOT_FOUND)
ROW(FwpmCalloutGetByKey0, kSupported, "", FWP_E_CALLOUT_NOT_FOUND)
ROW(FwpmCalloutCreateEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmCalloutEnum0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmCalloutDestroyEnumHandle0, kSupported, "", ERROR_INVALID_HANDLE)
ROW(FwpmGetAppIdFromFileName0, kPartial,
    "paths are the host's; the blob is the lower-cased absolute path in "
    "UTF-16 with its NUL, not an NT device path",
    ERROR_FILE_NOT_FOUND)
#undef ROW

namespace {
#define WINEMU_FWPUCLNT_ROW(name) &k##name,
const ApiInfo* const kRows[] = {WINEMU_FWPUCLNT_EXPORTS(WINEMU_FWPUCLNT_ROW)};
#undef WINEMU_FWPUCLNT_ROW
const ExportTableRegistrar kRegistrar(kDll, kRows,
                                      sizeof(kRows) / sizeof(kRows[0]));
}  // namespace

}  // namespace winemu::fwpuclnt
