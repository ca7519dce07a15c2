// Copyright winemu authors.
#include "firewall.h"

#include <fwpmu.h>
#include <windows.h>

// {9C1D2E3F-4A5B-4C6D-8E7F-0A1B2C3D4E01}
const GUID kFirewallSublayer = {
    0x9c1d2e3f,
    0x4a5b,
    0x4c6d,
    {0x8e, 0x7f, 0x0a, 0x1b, 0x2c, 0x3d, 0x4e, 0x01}};

namespace {

DWORD AddObjects(HANDLE engine, UINT64* filter_id) {
  FWPM_SUBLAYER0 sublayer = {};
  sublayer.subLayerKey = kFirewallSublayer;
  sublayer.displayData.name = const_cast<wchar_t*>(L"consumer sublayer");
  sublayer.weight = 0x100;
  DWORD rc = FwpmSubLayerAdd0(engine, &sublayer, NULL);
  if (rc != ERROR_SUCCESS) return rc;

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
  filter.displayData.name = const_cast<wchar_t*>(L"block outbound SMB");
  filter.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  filter.subLayerKey = kFirewallSublayer;
  filter.weight.type = FWP_EMPTY;
  filter.numFilterConditions = 2;
  filter.filterCondition = conditions;
  filter.action.type = FWP_ACTION_BLOCK;
  return FwpmFilterAdd0(engine, &filter, NULL, filter_id);
}

}  // namespace

DWORD BlockOutboundSmb(HANDLE* engine, UINT64* filter_id) {
  FWPM_SESSION0 session = {};
  session.flags = FWPM_SESSION_FLAG_DYNAMIC;
  HANDLE h = NULL;
  DWORD rc = FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &h);
  if (rc != ERROR_SUCCESS) return rc;
  rc = FwpmTransactionBegin0(h, 0);
  if (rc == ERROR_SUCCESS) {
    rc = AddObjects(h, filter_id);
    rc = rc == ERROR_SUCCESS ? FwpmTransactionCommit0(h)
                             : (FwpmTransactionAbort0(h), rc);
  }
  if (rc != ERROR_SUCCESS) {
    FwpmEngineClose0(h);
    return rc;
  }
  *engine = h;
  return ERROR_SUCCESS;
}
