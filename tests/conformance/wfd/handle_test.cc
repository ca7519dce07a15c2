// Copyright winemu authors.
//
// Conformance: WFDOpenHandle and WFDCloseHandle.
#include <windows.h>
#include <wlanapi.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfd/lab.h"
#include "tests/conformance/wfd/recorder.h"

namespace {

HANDLE const kPoison = (HANDLE)(ULONG_PTR)0xdeadbeef;
HANDLE const kBogus = (HANDLE)(ULONG_PTR)0x1234;

class WfdHandleTest : public ::testing::Test {
 protected:
  void SetUp() override { SetUpLab(); }
};

TEST_F(WfdHandleTest, OpenNegotiatesVersionOneAndCloses) {
  DWORD version = 0xdeadbeef;
  HANDLE client = kPoison;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(version, (DWORD)WFD_API_VERSION_1_0);
  EXPECT_NE(client, (HANDLE)NULL);
  EXPECT_NE(client, kPoison);
  EXPECT_NE(client, INVALID_HANDLE_VALUE);
  EXPECT_EQ(WFDCloseHandle(client), (DWORD)ERROR_SUCCESS);
}

TEST_F(WfdHandleTest, TwoOpensGiveTwoHandles) {
  DWORD version = 0;
  HANDLE a = NULL, b = NULL;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION_1_0, &version, &a), 0u);
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION_1_0, &version, &b), 0u);
  EXPECT_NE(a, b);
  EXPECT_EQ(WFDCloseHandle(a), 0u);
  EXPECT_EQ(WFDCloseHandle(b), 0u);
}

TEST_F(WfdHandleTest, OpenRejectsEveryOtherVersion) {
  for (DWORD bad : {0u, 2u, 3u, 0x100u, 0xdeadbeefu}) {
    DWORD version = 0xdeadbeef;
    HANDLE client = kPoison;
    EXPECT_EQ(WFDOpenHandle(bad, &version, &client),
              (DWORD)ERROR_INVALID_PARAMETER)
        << bad;
    EXPECT_EQ(version, 0xdeadbeefu) << "no negotiation down or up";
    EXPECT_EQ(client, (HANDLE)NULL);
  }
}

TEST_F(WfdHandleTest, OpenRejectsNullOutParameters) {
  DWORD version = 0xdeadbeef;
  HANDLE client = kPoison;
  EXPECT_EQ(WFDOpenHandle(WFD_API_VERSION, NULL, &client),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(client, (HANDLE)NULL);
  EXPECT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, NULL),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(version, 0xdeadbeefu);
  EXPECT_EQ(WFDOpenHandle(WFD_API_VERSION, NULL, NULL),
            (DWORD)ERROR_INVALID_PARAMETER);
}

TEST_F(WfdHandleTest, CloseNullIsInvalidParameterAndBogusIsInvalidHandle) {
  EXPECT_EQ(WFDCloseHandle(NULL), (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(WFDCloseHandle(kBogus), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCloseHandle(INVALID_HANDLE_VALUE), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(WfdHandleTest, SecondCloseIsInvalidHandle) {
  DWORD version = 0;
  HANDLE client = NULL;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
  EXPECT_EQ(WFDCloseHandle(client), 0u);
  EXPECT_EQ(WFDCloseHandle(client), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(WfdHandleTest, ClosedClientHandleIsDeadEverywhere) {
  DWORD version = 0;
  HANDLE client = NULL;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
  ASSERT_EQ(WFDCloseHandle(client), 0u);
  OpenRecorder rec;
  HANDLE session = kPoison;
  EXPECT_EQ(WFDStartOpenSession(client, &g_paired_peer, &rec,
                                OpenRecorder::Callback, &session),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(session, (HANDLE)NULL);
  GUID guid;
  memset(&guid, 0xab, sizeof(guid));
  session = kPoison;
  EXPECT_EQ(WFDOpenLegacySession(client, &g_legacy_peer, &session, &guid),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_EQ(rec.count(), 0u);
}

TEST_F(WfdHandleTest, SessionHandleIsNotAClientHandle) {
  DWORD version = 0;
  HANDLE client = NULL, session = NULL;
  GUID guid;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
  ASSERT_EQ(WFDOpenLegacySession(client, &g_legacy_peer, &session, &guid), 0u);
  EXPECT_EQ(WFDCloseHandle(session), (DWORD)ERROR_INVALID_HANDLE);
  // And the reverse: a client handle is not a session handle.
  EXPECT_EQ(WFDCloseSession(client), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCancelOpenSession(client), (DWORD)ERROR_INVALID_HANDLE);
  // Both still work.
  EXPECT_EQ(WFDCloseSession(session), 0u);
  EXPECT_EQ(WFDCloseHandle(client), 0u);
}

TEST_F(WfdHandleTest, CloseWaitsForPendingOpenCallbacks) {
  DWORD version = 0;
  HANDLE client = NULL, session = NULL;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
  OpenRecorder rec;
  ASSERT_EQ(WFDStartOpenSession(client, &g_slow_peer, &rec,
                                OpenRecorder::Callback, &session),
            0u);
  EXPECT_EQ(WFDCloseHandle(client), 0u);
  // The callback ran before WFDCloseHandle returned.
  ASSERT_EQ(rec.count(), 1u);
  EXPECT_EQ(rec.last().hSessionHandle, session);
  EXPECT_EQ(rec.last().dwError, (DWORD)ERROR_SUCCESS);
  // And the client's sessions are closed with it.
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(WfdHandleTest, CloseClosesOpenSessions) {
  DWORD version = 0;
  HANDLE client = NULL, legacy = NULL, session = NULL;
  GUID guid;
  ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client), 0u);
  ASSERT_EQ(WFDOpenLegacySession(client, &g_legacy_peer, &legacy, &guid), 0u);
  OpenRecorder rec;
  ASSERT_EQ(WFDStartOpenSession(client, &g_paired_peer, &rec,
                                OpenRecorder::Callback, &session),
            0u);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(WFDCloseHandle(client), 0u);
  EXPECT_EQ(WFDCloseSession(legacy), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(rec.count(), 1u);
}

}  // namespace
