// Copyright winemu authors.
//
// Conformance: WFDStartOpenSession and its callback, WFDCancelOpenSession,
// WFDCloseSession, WFDOpenLegacySession, WFDUpdateDeviceVisibility.
#include <windows.h>
#include <wlanapi.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfd/lab.h"
#include "tests/conformance/wfd/recorder.h"

namespace {

HANDLE const kPoison = (HANDLE)(ULONG_PTR)0xdeadbeef;
HANDLE const kBogus = (HANDLE)(ULONG_PTR)0x1234;

VOID WINAPI NeverCalled(HANDLE, PVOID, GUID, DWORD, DWORD) {
  ADD_FAILURE() << "callback of a failed WFDStartOpenSession";
}

class WfdSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    SetUpLab();
    DWORD version = 0;
    ASSERT_EQ(WFDOpenHandle(WFD_API_VERSION, &version, &client_), 0u);
  }
  void TearDown() override {
    if (client_ != NULL) {
      EXPECT_EQ(WFDCloseHandle(client_), 0u);
    }
  }

  HANDLE client_ = NULL;
};

// ---- WFDStartOpenSession ----

TEST_F(WfdSessionTest, StartReturnsHandleAtOnceAndCallsBackOnceLater) {
  OpenRecorder rec;
  HANDLE session = kPoison;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_paired_peer, &rec,
                                OpenRecorder::Callback, &session),
            (DWORD)ERROR_SUCCESS);
  EXPECT_NE(session, (HANDLE)NULL);
  EXPECT_NE(session, kPoison);
  EXPECT_NE(session, client_);
  ASSERT_TRUE(rec.WaitFor(1));
  const OpenCompletion c = rec.last();
  EXPECT_EQ(c.hSessionHandle, session);
  EXPECT_EQ(c.pvContext, &rec);
  EXPECT_EQ(c.dwError, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(c.dwReasonCode, (DWORD)WLAN_REASON_CODE_SUCCESS);
  EXPECT_FALSE(IsNullGuid(c.guidSessionInterface));
  EXPECT_NE(c.thread_id, GetCurrentThreadId()) << "on a service thread";
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(rec.count(), 1u);
}

TEST_F(WfdSessionTest, EachSessionGetsItsOwnInterface) {
  OpenRecorder a, b;
  HANDLE sa = NULL, sb = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_paired_peer, &a,
                                OpenRecorder::Callback, &sa),
            0u);
  ASSERT_EQ(WFDStartOpenSession(client_, &g_paired_peer, &b,
                                OpenRecorder::Callback, &sb),
            0u);
  EXPECT_NE(sa, sb);
  ASSERT_TRUE(a.WaitFor(1));
  ASSERT_TRUE(b.WaitFor(1));
  const GUID ga = a.last().guidSessionInterface;
  const GUID gb = b.last().guidSessionInterface;
  EXPECT_NE(memcmp(&ga, &gb, sizeof(GUID)), 0);
  EXPECT_EQ(WFDCloseSession(sa), 0u);
  EXPECT_EQ(WFDCloseSession(sb), 0u);
}

TEST_F(WfdSessionTest, StartValidatesParametersBeforeTheHandle) {
  HANDLE session = kPoison;
  EXPECT_EQ(
      WFDStartOpenSession(NULL, &g_paired_peer, NULL, NeverCalled, &session),
      (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
  session = kPoison;
  EXPECT_EQ(WFDStartOpenSession(client_, NULL, NULL, NeverCalled, &session),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
  session = kPoison;
  EXPECT_EQ(WFDStartOpenSession(client_, &g_paired_peer, NULL, NULL, &session),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_EQ(
      WFDStartOpenSession(client_, &g_paired_peer, NULL, NeverCalled, NULL),
      (DWORD)ERROR_INVALID_PARAMETER);
  // A bogus handle with a NULL argument: the NULL check comes first.
  session = kPoison;
  EXPECT_EQ(WFDStartOpenSession(kBogus, NULL, NULL, NeverCalled, &session),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
}

TEST_F(WfdSessionTest, StartWithUnknownClientHandleIsInvalidHandle) {
  HANDLE session = kPoison;
  EXPECT_EQ(
      WFDStartOpenSession(kBogus, &g_paired_peer, NULL, NeverCalled, &session),
      (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(session, (HANDLE)NULL);
}

TEST_F(WfdSessionTest, UnpairedDeviceFailsThroughTheCallback) {
  OpenRecorder rec;
  HANDLE session = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_unknown_peer, &rec,
                                OpenRecorder::Callback, &session),
            (DWORD)ERROR_SUCCESS);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(rec.last().hSessionHandle, session);
  EXPECT_EQ(rec.last().dwError, (DWORD)ERROR_NOT_FOUND);
  EXPECT_EQ(rec.last().dwReasonCode, (DWORD)WLAN_REASON_CODE_UNKNOWN);
  EXPECT_TRUE(IsNullGuid(rec.last().guidSessionInterface));
  // The failed session's handle stays until it is closed.
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(WfdSessionTest, UnreachableDeviceFailsThroughTheCallback) {
  OpenRecorder rec;
  HANDLE session = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_unreachable_peer, &rec,
                                OpenRecorder::Callback, &session),
            (DWORD)ERROR_SUCCESS);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(rec.last().dwError, (DWORD)ERROR_DEVICE_NOT_AVAILABLE);
  EXPECT_EQ(rec.last().dwReasonCode, (DWORD)WLAN_REASON_CODE_UNKNOWN);
  EXPECT_TRUE(IsNullGuid(rec.last().guidSessionInterface));
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_SUCCESS);
}

// ---- WFDCancelOpenSession ----

TEST_F(WfdSessionTest, CancelDoesNotSuppressTheCallback) {
  OpenRecorder rec;
  HANDLE session = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_stuck_peer, &rec,
                                OpenRecorder::Callback, &session),
            0u);
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_SUCCESS);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(rec.last().hSessionHandle, session);
  EXPECT_EQ(rec.last().pvContext, &rec);
  EXPECT_EQ(rec.last().dwError, (DWORD)ERROR_CANCELLED);
  EXPECT_TRUE(IsNullGuid(rec.last().guidSessionInterface));
  EXPECT_EQ(WFDCloseSession(session), 0u);
  EXPECT_EQ(rec.count(), 1u);
}

TEST_F(WfdSessionTest, CancelTwiceAndAfterCompletionSucceedWithNoEffect) {
  OpenRecorder rec;
  HANDLE session = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_paired_peer, &rec,
                                OpenRecorder::Callback, &session),
            0u);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(rec.last().dwError, (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDCloseSession(session), 0u);
  EXPECT_EQ(rec.count(), 1u);

  OpenRecorder rec2;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_stuck_peer, &rec2,
                                OpenRecorder::Callback, &session),
            0u);
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_SUCCESS);
  ASSERT_TRUE(rec2.WaitFor(1));
  EXPECT_EQ(WFDCloseSession(session), 0u);
  EXPECT_EQ(rec2.count(), 1u);
}

TEST_F(WfdSessionTest, CancelValidatesItsHandle) {
  EXPECT_EQ(WFDCancelOpenSession(NULL), (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(WFDCancelOpenSession(kBogus), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCancelOpenSession(client_), (DWORD)ERROR_INVALID_HANDLE);
  GUID guid;
  HANDLE session = NULL;
  ASSERT_EQ(WFDOpenLegacySession(client_, &g_legacy_peer, &session, &guid), 0u);
  EXPECT_EQ(WFDCloseSession(session), 0u);
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_INVALID_HANDLE);
}

// ---- WFDCloseSession ----

TEST_F(WfdSessionTest, CloseValidatesItsHandle) {
  EXPECT_EQ(WFDCloseSession(NULL), (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(WFDCloseSession(kBogus), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCloseSession(INVALID_HANDLE_VALUE), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCloseSession(client_), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(WfdSessionTest, CloseDuringPendingOpenDoesNotClose) {
  OpenRecorder rec;
  HANDLE session = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_stuck_peer, &rec,
                                OpenRecorder::Callback, &session),
            0u);
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_INVALID_STATE);
  // Still a live session handle: cancel works and the callback comes.
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_SUCCESS);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(rec.last().hSessionHandle, session);
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(rec.count(), 1u);
}

TEST_F(WfdSessionTest, ClosedSessionHandleIsDead) {
  OpenRecorder rec;
  HANDLE session = NULL;
  ASSERT_EQ(WFDStartOpenSession(client_, &g_paired_peer, &rec,
                                OpenRecorder::Callback, &session),
            0u);
  ASSERT_TRUE(rec.WaitFor(1));
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(WFDCancelOpenSession(session), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(rec.count(), 1u);
}

// ---- WFDOpenLegacySession ----

TEST_F(WfdSessionTest, LegacySessionOpensSynchronously) {
  HANDLE session = kPoison;
  GUID guid;
  memset(&guid, 0, sizeof(guid));
  ASSERT_EQ(WFDOpenLegacySession(client_, &g_legacy_peer, &session, &guid),
            (DWORD)ERROR_SUCCESS);
  EXPECT_NE(session, (HANDLE)NULL);
  EXPECT_NE(session, kPoison);
  EXPECT_FALSE(IsNullGuid(guid));
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDCloseSession(session), (DWORD)ERROR_INVALID_HANDLE);
}

TEST_F(WfdSessionTest, LegacySessionValidatesParameters) {
  HANDLE session = kPoison;
  GUID guid, poison;
  memset(&poison, 0xab, sizeof(poison));
  guid = poison;
  EXPECT_EQ(WFDOpenLegacySession(NULL, &g_legacy_peer, &session, &guid),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_EQ(memcmp(&guid, &poison, sizeof(GUID)), 0);
  session = kPoison;
  EXPECT_EQ(WFDOpenLegacySession(client_, NULL, &session, &guid),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_EQ(WFDOpenLegacySession(client_, &g_legacy_peer, NULL, &guid),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(memcmp(&guid, &poison, sizeof(GUID)), 0);
  session = kPoison;
  EXPECT_EQ(WFDOpenLegacySession(client_, &g_legacy_peer, &session, NULL),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(session, (HANDLE)NULL);
  session = kPoison;
  EXPECT_EQ(WFDOpenLegacySession(kBogus, &g_legacy_peer, &session, &guid),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_EQ(memcmp(&guid, &poison, sizeof(GUID)), 0);
}

TEST_F(WfdSessionTest, LegacySessionNeedsALegacyPairedDevice) {
  HANDLE session = kPoison;
  GUID guid, poison;
  memset(&poison, 0xab, sizeof(poison));
  guid = poison;
  EXPECT_EQ(WFDOpenLegacySession(client_, &g_unknown_peer, &session, &guid),
            (DWORD)ERROR_NOT_FOUND);
  EXPECT_EQ(session, (HANDLE)NULL);
  EXPECT_EQ(memcmp(&guid, &poison, sizeof(GUID)), 0);
  EXPECT_EQ(WFDOpenLegacySession(client_, &g_paired_peer, &session, &guid),
            (DWORD)ERROR_NOT_FOUND);
}

// ---- WFDUpdateDeviceVisibility ----

TEST_F(WfdSessionTest, UpdateDeviceVisibility) {
  EXPECT_EQ(WFDUpdateDeviceVisibility(NULL), (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(WFDUpdateDeviceVisibility(&g_paired_peer), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDUpdateDeviceVisibility(&g_legacy_peer), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(WFDUpdateDeviceVisibility(&g_unknown_peer), (DWORD)ERROR_NOT_FOUND);
}

}  // namespace
