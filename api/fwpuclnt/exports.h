// Copyright winemu authors.
//
// exports.h: the export table of the emulated Fwpuclnt.dll (Windows
// Filtering Platform management API).
#ifndef WINEMU_API_FWPUCLNT_EXPORTS_H_
#define WINEMU_API_FWPUCLNT_EXPORTS_H_

#include "emu/core/api_info.h"

namespace winemu::fwpuclnt {

#define WINEMU_FWPUCLNT_EXPORTS(X)  \
  X(FwpmFreeMemory0)                \
  X(FwpmEngineOpen0)                \
  X(FwpmEngineClose0)               \
  X(FwpmTransactionBegin0)          \
  X(FwpmTransactionCommit0)         \
  X(FwpmTransactionAbort0)          \
  X(FwpmSessionCreateEnumHandle0)   \
  X(FwpmSessionEnum0)               \
  X(FwpmSessionDestroyEnumHandle0)  \
  X(FwpmProviderAdd0)               \
  X(FwpmProviderDeleteByKey0)       \
  X(FwpmProviderGetByKey0)          \
  X(FwpmProviderCreateEnumHandle0)  \
  X(FwpmProviderEnum0)              \
  X(FwpmProviderDestroyEnumHandle0) \
  X(FwpmSubLayerAdd0)               \
  X(FwpmSubLayerDeleteByKey0)       \
  X(FwpmSubLayerGetByKey0)          \
  X(FwpmSubLayerCreateEnumHandle0)  \
  X(FwpmSubLayerEnum0)              \
  X(FwpmSubLayerDestroyEnumHandle0) \
  X(FwpmFilterAdd0)                 \
  X(FwpmFilterDeleteById0)          \
  X(FwpmFilterDeleteByKey0)         \
  X(FwpmFilterGetById0)             \
  X(FwpmFilterGetByKey0)            \
  X(FwpmFilterCreateEnumHandle0)    \
  X(FwpmFilterEnum0)                \
  X(FwpmFilterDestroyEnumHandle0)   \
  X(FwpmCalloutAdd0)                \
  X(FwpmCalloutDeleteById0)         \
  X(FwpmCalloutDeleteByKey0)        \
  X(FwpmCalloutGetById0)            \
  X(FwpmCalloutGetByKey0)           \
  X(FwpmCalloutCreateEnumHandle0)   \
  X(FwpmCalloutEnum0)               \
  X(FwpmCalloutDestroyEnumHandle0)  \
  X(FwpmGetAppIdFromFileName0)

#define WINEMU_FWPUCLNT_DECLARE(name) extern const ApiInfo k##name;
WINEMU_FWPUCLNT_EXPORTS(WINEMU_FWPUCLNT_DECLARE)
#undef WINEMU_FWPUCLNT_DECLARE

}  // namespace winemu::fwpuclnt

#endif  // WINEMU_API_FWPUCLNT_EXPORTS_H_
