// Copyright winemu authors.
//
// A firewall client with one seeded bug, written as ordinary Windows code.
// It opens a dynamic session, adds a provider and a block filter in one
// transaction, lists its filters page by page and closes the session. Every
// failure path cleans up, except one: when FwpmFilterAdd0 fails inside the
// transaction it aborts the transaction and returns without closing the
// engine, leaking the session. Nothing shows unless that call fails.
#include <fwpmu.h>
#include <windows.h>

namespace {

// {7A1C2E44-0B3D-4F6A-8C19-5E2D7B9A0C11}
const GUID kProviderKey = {0x7a1c2e44,
                           0x0b3d,
                           0x4f6a,
                           {0x8c, 0x19, 0x5e, 0x2d, 0x7b, 0x9a, 0x0c, 0x11}};

DWORD AddProvider(HANDLE engine) {
  FWPM_PROVIDER0 provider = {};
  provider.providerKey = kProviderKey;
  provider.displayData.name = (wchar_t*)L"Buggy provider";
  return FwpmProviderAdd0(engine, &provider, NULL);
}

DWORD AddFilter(HANDLE engine) {
  FWPM_FILTER_CONDITION0 condition = {};
  condition.fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  condition.matchType = FWP_MATCH_EQUAL;
  condition.conditionValue.type = FWP_UINT16;
  condition.conditionValue.uint16 = 23;

  FWPM_FILTER0 filter = {};
  filter.displayData.name = (wchar_t*)L"Block telnet";
  filter.providerKey = (GUID*)&kProviderKey;
  filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  filter.weight.type = FWP_EMPTY;
  filter.numFilterConditions = 1;
  filter.filterCondition = &condition;
  filter.action.type = FWP_ACTION_BLOCK;
  UINT64 id = 0;
  return FwpmFilterAdd0(engine, &filter, NULL, &id);
}

// Counts the provider's filters in pages of 4; returns the count or -1.
int CountFilters(HANDLE engine) {
  FWPM_FILTER_ENUM_TEMPLATE0 tmpl = {};
  tmpl.providerKey = (GUID*)&kProviderKey;
  tmpl.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  tmpl.enumType = FWP_FILTER_ENUM_OVERLAPPING;
  tmpl.actionMask = 0xFFFFFFFF;
  HANDLE enumHandle = NULL;
  if (FwpmFilterCreateEnumHandle0(engine, &tmpl, &enumHandle) !=
      ERROR_SUCCESS) {
    return -1;
  }
  int total = 0;
  for (;;) {
    FWPM_FILTER0** page = NULL;
    UINT32 count = 0;
    DWORD rc = FwpmFilterEnum0(engine, enumHandle, 4, &page, &count);
    FwpmFreeMemory0((void**)&page);
    if (rc != ERROR_SUCCESS) {
      total = -1;
      break;
    }
    total += (int)count;
    if (count < 4) break;  // a short page ends the enumeration
  }
  FwpmFilterDestroyEnumHandle0(engine, enumHandle);
  return total;
}

}  // namespace

extern "C" int FuzzBuggyFirewall(void) {
  FWPM_SESSION0 session = {};
  session.flags = FWPM_SESSION_FLAG_DYNAMIC;
  HANDLE engine = NULL;
  if (FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &engine) !=
      ERROR_SUCCESS) {
    return 1;
  }
  if (FwpmTransactionBegin0(engine, 0) != ERROR_SUCCESS) {
    FwpmEngineClose0(engine);
    return 1;
  }
  if (AddProvider(engine) != ERROR_SUCCESS) {
    FwpmTransactionAbort0(engine);
    FwpmEngineClose0(engine);
    return 1;
  }
  if (AddFilter(engine) != ERROR_SUCCESS) {
    FwpmTransactionAbort0(engine);
    return 1;  // the seeded bug: the session is never closed
  }
  if (FwpmTransactionCommit0(engine) != ERROR_SUCCESS) {
    FwpmEngineClose0(engine);
    return 1;
  }
  const int filters = CountFilters(engine);
  FwpmEngineClose0(engine);
  return filters == 1 ? 0 : 1;
}
