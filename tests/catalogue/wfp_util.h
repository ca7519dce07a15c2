// Copyright winemu authors.
//
// wfp_util.h: what the WFP rows share: sessions, sample objects, and the
// rows every engine-handle or enum-handle parameter gets.
#ifndef WINEMU_TESTS_CATALOGUE_WFP_UTIL_H_
#define WINEMU_TESTS_CATALOGUE_WFP_UTIL_H_

#include <fwpmu.h>
#include <windows.h>

#include <functional>
#include <string>
#include <vector>

#include "tests/catalogue/catalogue.h"

namespace winemu::catalogue::wfp_rows {

inline GUID Key(unsigned n) {
  GUID g = {0x7c0a1f00u + n, 0x1234, 0x4abc, {0x80, 1, 2, 3, 4, 5, 6, 7}};
  return g;
}

inline HANDLE Open(UINT32 flags = 0, const GUID* key = nullptr) {
  FWPM_SESSION0 session = {};
  session.flags = flags;
  if (key != nullptr) session.sessionKey = *key;
  HANDLE engine = nullptr;
  if (FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine) !=
      ERROR_SUCCESS) {
    return nullptr;
  }
  return engine;
}

inline FWPM_PROVIDER0 Provider(const GUID& key) {
  FWPM_PROVIDER0 p = {};
  p.providerKey = key;
  p.displayData.name = const_cast<wchar_t*>(L"catalogue provider");
  return p;
}

inline FWPM_SUBLAYER0 Sublayer(const GUID& key, GUID* provider = nullptr) {
  FWPM_SUBLAYER0 s = {};
  s.subLayerKey = key;
  s.displayData.name = const_cast<wchar_t*>(L"catalogue sublayer");
  s.providerKey = provider;
  s.weight = 0x100;
  return s;
}

inline FWPM_FILTER0 Filter(const GUID& key) {
  FWPM_FILTER0 f = {};
  f.filterKey = key;
  f.displayData.name = const_cast<wchar_t*>(L"catalogue filter");
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  f.weight.type = FWP_EMPTY;
  f.action.type = FWP_ACTION_BLOCK;
  return f;
}

inline FWPM_CALLOUT0 Callout(const GUID& key) {
  FWPM_CALLOUT0 c = {};
  c.calloutKey = key;
  c.displayData.name = const_cast<wchar_t*>(L"catalogue callout");
  c.applicableLayer = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  return c;
}

// The bad values of an engine handle: each row gets a working session where
// the bad one is not used, so only the handle is wrong. `call` makes the
// call with the given engine handle (cleaning up anything it created on an
// unexpected success is the row's job, and the row then fails).
using EngineCall = std::function<DWORD(HANDLE engine)>;
std::vector<Case> EngineHandleRows(const char* function,
                                   const EngineCall& call);

// The bad values of an enumeration handle of kind `create` (which makes a
// handle of the right kind on an engine). `wrong_kind` makes one of
// another kind; `destroy_wrong` destroys it.
using EnumCall = std::function<DWORD(HANDLE engine, HANDLE enumHandle)>;
using EnumCreate = std::function<HANDLE(HANDLE engine)>;
using EnumDestroy = std::function<void(HANDLE engine, HANDLE enumHandle)>;
std::vector<Case> EnumHandleRows(const char* function, const EnumCreate& create,
                                 const EnumDestroy& destroy,
                                 const EnumCall& call);

// Rows particular to one entry point (wfp_specific_cases.cc).
std::vector<Case> WfpSpecificRows();

// Providers enumeration handles (a handle of another kind for most rows).
HANDLE ProviderEnum(HANDLE engine);
void DestroyProviderEnum(HANDLE engine, HANDLE e);

}  // namespace winemu::catalogue::wfp_rows

#endif  // WINEMU_TESTS_CATALOGUE_WFP_UTIL_H_
