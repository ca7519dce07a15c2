// Copyright winemu authors.
//
// A firewall-style Windows Filtering Platform client, written as ordinary
// Windows code: it opens a dynamic session, adds a provider, a sublayer and
// a filter that blocks outbound TCP connections to port 445 in one
// transaction, lists the sessions and its filters, and closes the session
// (which removes everything it added).
#include <fwpmu.h>
#include <stdio.h>
#include <wchar.h>
#include <windows.h>

namespace {

// {4F5E3B10-6C2A-4B8E-9D31-2A7C0E5B9F01}
const GUID kProviderKey = {0x4f5e3b10,
                           0x6c2a,
                           0x4b8e,
                           {0x9d, 0x31, 0x2a, 0x7c, 0x0e, 0x5b, 0x9f, 0x01}};
// {4F5E3B10-6C2A-4B8E-9D31-2A7C0E5B9F02}
const GUID kSublayerKey = {0x4f5e3b10,
                           0x6c2a,
                           0x4b8e,
                           {0x9d, 0x31, 0x2a, 0x7c, 0x0e, 0x5b, 0x9f, 0x02}};

int Fail(const char* what, DWORD rc, HANDLE engine) {
  printf("[wfp] %s failed: 0x%08lX\n", what, (unsigned long)rc);
  if (engine != NULL) FwpmEngineClose0(engine);
  return 1;
}

}  // namespace

extern "C" int WfpExample(void) {
  FWPM_SESSION0 session = {};
  session.displayData.name = (wchar_t*)L"winemu example firewall";
  session.flags = FWPM_SESSION_FLAG_DYNAMIC;
  HANDLE engine = NULL;
  DWORD rc = FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &engine);
  printf("[wfp] FwpmEngineOpen0 -> 0x%08lX\n", (unsigned long)rc);
  if (rc != ERROR_SUCCESS) return 1;

  rc = FwpmTransactionBegin0(engine, 0);
  printf("[wfp] FwpmTransactionBegin0 -> 0x%08lX\n", (unsigned long)rc);
  if (rc != ERROR_SUCCESS) return Fail("FwpmTransactionBegin0", rc, engine);

  FWPM_PROVIDER0 provider = {};
  provider.providerKey = kProviderKey;
  provider.displayData.name = (wchar_t*)L"Example provider";
  rc = FwpmProviderAdd0(engine, &provider, NULL);
  printf("[wfp] FwpmProviderAdd0 -> 0x%08lX\n", (unsigned long)rc);
  if (rc != ERROR_SUCCESS) return Fail("FwpmProviderAdd0", rc, engine);

  FWPM_SUBLAYER0 sublayer = {};
  sublayer.subLayerKey = kSublayerKey;
  sublayer.displayData.name = (wchar_t*)L"Example sublayer";
  sublayer.providerKey = (GUID*)&kProviderKey;
  sublayer.weight = 0x8000;
  rc = FwpmSubLayerAdd0(engine, &sublayer, NULL);
  printf("[wfp] FwpmSubLayerAdd0 -> 0x%08lX\n", (unsigned long)rc);
  if (rc != ERROR_SUCCESS) return Fail("FwpmSubLayerAdd0", rc, engine);

  FWPM_FILTER_CONDITION0 conditions[2] = {};
  conditions[0].fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  conditions[0].matchType = FWP_MATCH_EQUAL;
  conditions[0].conditionValue.type = FWP_UINT16;
  conditions[0].conditionValue.uint16 = 445;
  conditions[1].fieldKey = FWPM_CONDITION_IP_PROTOCOL;
  conditions[1].matchType = FWP_MATCH_EQUAL;
  conditions[1].conditionValue.type = FWP_UINT8;
  conditions[1].conditionValue.uint8 = 6;  // TCP

  FWPM_FILTER0 filter = {};
  filter.displayData.name = (wchar_t*)L"Block outbound SMB";
  filter.providerKey = (GUID*)&kProviderKey;
  filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  filter.subLayerKey = kSublayerKey;
  filter.weight.type = FWP_UINT8;
  filter.weight.uint8 = 15;
  filter.numFilterConditions = 2;
  filter.filterCondition = conditions;
  filter.action.type = FWP_ACTION_BLOCK;
  UINT64 filterId = 0;
  rc = FwpmFilterAdd0(engine, &filter, NULL, &filterId);
  printf("[wfp] FwpmFilterAdd0 -> 0x%08lX (filterId %llu)\n", (unsigned long)rc,
         (unsigned long long)filterId);
  if (rc != ERROR_SUCCESS) return Fail("FwpmFilterAdd0", rc, engine);

  rc = FwpmTransactionCommit0(engine);
  printf("[wfp] FwpmTransactionCommit0 -> 0x%08lX\n", (unsigned long)rc);
  if (rc != ERROR_SUCCESS) return Fail("FwpmTransactionCommit0", rc, engine);

  HANDLE enumHandle = NULL;
  rc = FwpmSessionCreateEnumHandle0(engine, NULL, &enumHandle);
  if (rc != ERROR_SUCCESS)
    return Fail("FwpmSessionCreateEnumHandle0", rc, engine);
  FWPM_SESSION0** sessions = NULL;
  UINT32 count = 0;
  rc = FwpmSessionEnum0(engine, enumHandle, 64, &sessions, &count);
  printf("[wfp] FwpmSessionEnum0 -> 0x%08lX, %u session(s)\n",
         (unsigned long)rc, count);
  // A failed call may leave `count` as it was: check rc first.
  for (UINT32 i = 0; rc == ERROR_SUCCESS && i < count; ++i) {
    printf("[wfp]   session pid %lu user %ls name %ls\n",
           (unsigned long)sessions[i]->processId,
           sessions[i]->username ? sessions[i]->username : L"(none)",
           sessions[i]->displayData.name ? sessions[i]->displayData.name
                                         : L"(none)");
  }
  FwpmFreeMemory0((void**)&sessions);
  FwpmSessionDestroyEnumHandle0(engine, enumHandle);
  if (rc != ERROR_SUCCESS) return Fail("FwpmSessionEnum0", rc, engine);

  FWPM_FILTER_ENUM_TEMPLATE0 tmpl = {};
  tmpl.providerKey = (GUID*)&kProviderKey;
  tmpl.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  tmpl.enumType = FWP_FILTER_ENUM_OVERLAPPING;
  tmpl.actionMask = 0xFFFFFFFF;
  rc = FwpmFilterCreateEnumHandle0(engine, &tmpl, &enumHandle);
  if (rc != ERROR_SUCCESS)
    return Fail("FwpmFilterCreateEnumHandle0", rc, engine);
  FWPM_FILTER0** filters = NULL;
  rc = FwpmFilterEnum0(engine, enumHandle, 64, &filters, &count);
  printf("[wfp] FwpmFilterEnum0 -> 0x%08lX, %u filter(s)\n", (unsigned long)rc,
         count);
  for (UINT32 i = 0; rc == ERROR_SUCCESS && i < count; ++i) {
    printf("[wfp]   filter %llu \"%ls\" action 0x%X, %u condition(s)\n",
           (unsigned long long)filters[i]->filterId,
           filters[i]->displayData.name, filters[i]->action.type,
           filters[i]->numFilterConditions);
  }
  FwpmFreeMemory0((void**)&filters);
  FwpmFilterDestroyEnumHandle0(engine, enumHandle);
  const int ok = rc == ERROR_SUCCESS && count == 1;

  rc = FwpmEngineClose0(engine);
  printf("[wfp] FwpmEngineClose0 -> 0x%08lX (dynamic objects removed)\n",
         (unsigned long)rc);
  return ok && rc == ERROR_SUCCESS ? 0 : 1;
}
