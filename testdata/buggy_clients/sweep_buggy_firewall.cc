// Copyright winemu authors.
//
// A firewall-style Windows Filtering Platform client, written as ordinary
// Windows code, with three seeded error-handling bugs for the fault sweep
// (tests/sweep) to find. Every other failure is handled correctly.
//
//   BUG 1 (leak):    when FwpmTransactionCommit0 fails it returns without
//                    FwpmTransactionAbort0 / FwpmEngineClose0; the engine
//                    session stays open.
//   BUG 2 (crash):   it assumes FwpmSessionEnum0 succeeded and returned at
//                    least its own session, and reads sessions[0].
//   BUG 3 (ignored): it drops the result of FwpmFilterCreateEnumHandle0 and
//                    enumerates with a handle it never got.
#include <fwpmu.h>
#include <stdio.h>
#include <windows.h>

namespace {

// {7B1C52A0-1D4E-4F3A-8C66-5E0A9B2D4C01}
const GUID kProviderKey = {0x7b1c52a0,
                           0x1d4e,
                           0x4f3a,
                           {0x8c, 0x66, 0x5e, 0x0a, 0x9b, 0x2d, 0x4c, 0x01}};

// Undoes the open transaction and closes the session.
int Abandon(const char* what, DWORD rc, HANDLE engine) {
  printf("[buggy wfp] %s failed: 0x%08lX\n", what, (unsigned long)rc);
  FwpmTransactionAbort0(engine);
  FwpmEngineClose0(engine);
  return 1;
}

}  // namespace

extern "C" int SweepBuggyFirewall(void) {
  FWPM_SESSION0 session = {};
  session.flags = FWPM_SESSION_FLAG_DYNAMIC;
  HANDLE engine = NULL;
  DWORD rc = FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &engine);
  if (rc != ERROR_SUCCESS) return 1;

  rc = FwpmTransactionBegin0(engine, 0);
  if (rc != ERROR_SUCCESS) {
    FwpmEngineClose0(engine);
    return 1;
  }
  FWPM_PROVIDER0 provider = {};
  provider.providerKey = kProviderKey;
  provider.displayData.name = (wchar_t*)L"Buggy provider";
  rc = FwpmProviderAdd0(engine, &provider, NULL);
  if (rc != ERROR_SUCCESS) return Abandon("FwpmProviderAdd0", rc, engine);

  FWPM_FILTER_CONDITION0 condition = {};
  condition.fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  condition.matchType = FWP_MATCH_EQUAL;
  condition.conditionValue.type = FWP_UINT16;
  condition.conditionValue.uint16 = 23;  // telnet
  FWPM_FILTER0 filter = {};
  filter.displayData.name = (wchar_t*)L"Block outbound telnet";
  filter.providerKey = (GUID*)&kProviderKey;
  filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  filter.weight.type = FWP_EMPTY;
  filter.numFilterConditions = 1;
  filter.filterCondition = &condition;
  filter.action.type = FWP_ACTION_BLOCK;
  UINT64 filterId = 0;
  rc = FwpmFilterAdd0(engine, &filter, NULL, &filterId);
  if (rc != ERROR_SUCCESS) return Abandon("FwpmFilterAdd0", rc, engine);

  rc = FwpmTransactionCommit0(engine);
  if (rc != ERROR_SUCCESS) {
    // BUG 1: returns with the transaction and the session still open.
    printf("[buggy wfp] commit failed: 0x%08lX\n", (unsigned long)rc);
    return 1;
  }

  HANDLE sessionEnum = NULL;
  rc = FwpmSessionCreateEnumHandle0(engine, NULL, &sessionEnum);
  if (rc != ERROR_SUCCESS) {
    FwpmEngineClose0(engine);
    return 1;
  }
  FWPM_SESSION0** sessions = NULL;
  UINT32 count = 0;
  rc = FwpmSessionEnum0(engine, sessionEnum, 64, &sessions, &count);
  // BUG 2: no check of rc; on failure `sessions` is still NULL.
  printf("[buggy wfp] first session: pid %lu\n",
         (unsigned long)sessions[0]->processId);
  FwpmFreeMemory0((void**)&sessions);
  FwpmSessionDestroyEnumHandle0(engine, sessionEnum);

  FWPM_FILTER_ENUM_TEMPLATE0 tmpl = {};
  tmpl.providerKey = (GUID*)&kProviderKey;
  tmpl.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  tmpl.enumType = FWP_FILTER_ENUM_OVERLAPPING;
  tmpl.actionMask = 0xFFFFFFFF;
  HANDLE filterEnum = NULL;
  // BUG 3: the result is dropped; on failure `filterEnum` stays NULL and is
  // used below all the same.
  (void)FwpmFilterCreateEnumHandle0(engine, &tmpl, &filterEnum);
  FWPM_FILTER0** filters = NULL;
  rc = FwpmFilterEnum0(engine, filterEnum, 64, &filters, &count);
  const int ok = rc == ERROR_SUCCESS && count == 1;
  if (rc == ERROR_SUCCESS) FwpmFreeMemory0((void**)&filters);
  FwpmFilterDestroyEnumHandle0(engine, filterEnum);

  rc = FwpmEngineClose0(engine);
  return ok && rc == ERROR_SUCCESS ? 0 : 1;
}
