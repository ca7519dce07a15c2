// Copyright winemu authors.
//
// wfp_test_util.h: small helpers for the WFP conformance tests. Windows
// headers only, so the tests could be built against the real SDK.
#ifndef WINEMU_TESTS_CONFORMANCE_WFP_WFP_TEST_UTIL_H_
#define WINEMU_TESTS_CONFORMANCE_WFP_WFP_TEST_UTIL_H_

#include <fwpmu.h>
#include <windows.h>

#include <cstring>

namespace wfp_test {

// Sentinels written into out-parameters before a call.
inline HANDLE PoisonHandle() { return reinterpret_cast<HANDLE>(0xdeadbeef); }
template <typename T>
T* PoisonPtr() {
  return reinterpret_cast<T*>(0xdeadbeef);
}

inline GUID MakeGuid(unsigned int n) {
  GUID g = {0x6b0a1f00u + n, 0x1234, 0x4abc, {0x80, 1, 2, 3, 4, 5, 6, 7}};
  return g;
}

inline bool SameGuid(const GUID& a, const GUID& b) {
  return std::memcmp(&a, &b, sizeof(GUID)) == 0;
}

inline bool IsZeroGuid(const GUID& g) {
  GUID zero = {};
  return SameGuid(g, zero);
}

inline HANDLE Open(UINT32 flags = 0, const GUID* key = nullptr,
                   UINT32 timeout_ms = 0) {
  FWPM_SESSION0 session = {};
  session.flags = flags;
  session.txnWaitTimeoutInMSec = timeout_ms;
  if (key != nullptr) session.sessionKey = *key;
  HANDLE engine = nullptr;
  if (FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine) !=
      ERROR_SUCCESS) {
    return nullptr;
  }
  return engine;
}

inline FWPM_PROVIDER0 Provider(const GUID& key, const wchar_t* name) {
  FWPM_PROVIDER0 p = {};
  p.providerKey = key;
  p.displayData.name = const_cast<wchar_t*>(name);
  return p;
}

inline FWPM_SUBLAYER0 Sublayer(const GUID& key, const wchar_t* name,
                               GUID* provider = nullptr) {
  FWPM_SUBLAYER0 s = {};
  s.subLayerKey = key;
  s.displayData.name = const_cast<wchar_t*>(name);
  s.providerKey = provider;
  s.weight = 0x100;
  return s;
}

inline FWPM_FILTER0 BlockFilter(const GUID& key, const GUID& layer,
                                const GUID& sublayer, const wchar_t* name) {
  FWPM_FILTER0 f = {};
  f.filterKey = key;
  f.displayData.name = const_cast<wchar_t*>(name);
  f.layerKey = layer;
  f.subLayerKey = sublayer;
  f.weight.type = FWP_EMPTY;
  f.action.type = FWP_ACTION_BLOCK;
  return f;
}

// Counts what a fresh enumeration of filters returns.
inline UINT32 CountFilters(HANDLE engine) {
  HANDLE e = nullptr;
  if (FwpmFilterCreateEnumHandle0(engine, nullptr, &e) != ERROR_SUCCESS) {
    return 0xFFFFFFFF;
  }
  FWPM_FILTER0** entries = nullptr;
  UINT32 n = 0;
  DWORD rc = FwpmFilterEnum0(engine, e, 100000, &entries, &n);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmFilterDestroyEnumHandle0(engine, e);
  return rc == ERROR_SUCCESS ? n : 0xFFFFFFFF;
}

inline UINT32 CountSessions(HANDLE engine) {
  HANDLE e = nullptr;
  if (FwpmSessionCreateEnumHandle0(engine, nullptr, &e) != ERROR_SUCCESS) {
    return 0xFFFFFFFF;
  }
  FWPM_SESSION0** entries = nullptr;
  UINT32 n = 0;
  DWORD rc = FwpmSessionEnum0(engine, e, 100000, &entries, &n);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmSessionDestroyEnumHandle0(engine, e);
  return rc == ERROR_SUCCESS ? n : 0xFFFFFFFF;
}

}  // namespace wfp_test

#endif  // WINEMU_TESTS_CONFORMANCE_WFP_WFP_TEST_UTIL_H_
