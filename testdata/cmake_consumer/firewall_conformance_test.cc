// Copyright winemu authors.
//
// A conformance-style test: Windows headers only, so it could also build
// against the real SDK. winemu::conformance_main gives each test a fresh
// emulator and fails a test that leaves handles or memory behind.
#include <fwpmu.h>
#include <windows.h>

#include "firewall.h"
#include "gtest/gtest.h"

TEST(FirewallConformance, FilterIsVisibleUntilTheSessionCloses) {
  HANDLE engine = NULL;
  UINT64 id = 0;
  ASSERT_EQ(BlockOutboundSmb(&engine, &id), (DWORD)ERROR_SUCCESS);

  FWPM_SESSION0 session = {};
  HANDLE other = NULL;
  ASSERT_EQ(FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, NULL, &session, &other),
            (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0* filter = NULL;
  ASSERT_EQ(FwpmFilterGetById0(other, id, &filter), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(filter->filterId, id);
  EXPECT_EQ(filter->action.type, (FWP_ACTION_TYPE)FWP_ACTION_BLOCK);
  FwpmFreeMemory0((void**)&filter);

  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmFilterGetById0(other, id, &filter),
            (DWORD)FWP_E_FILTER_NOT_FOUND);
  EXPECT_EQ(FwpmEngineClose0(other), (DWORD)ERROR_SUCCESS);
}
