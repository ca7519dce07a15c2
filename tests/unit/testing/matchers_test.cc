// Copyright winemu authors.
//
// The result-code matchers: what they accept, and that they print codes by
// name.
#include "emu/testing/matchers.h"

#include <fltUser.h>
#include <fwpmu.h>
#include <ntstatus.h>
#include <windows.h>

#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu::testing {
namespace {

using ::testing::DescribeMatcher;
using ::testing::Not;

template <typename M, typename T>
std::string Explain(const M& matcher, T value) {
  ::testing::StringMatchResultListener listener;
  ::testing::ExplainMatchResult(matcher, value, &listener);
  return listener.str();
}

TEST(MatchersTest, FwpFailsWithMatchesTheDwordOfAnFwpmFunction) {
  const DWORD rc = static_cast<DWORD>(FWP_E_TXN_IN_PROGRESS);
  EXPECT_THAT(rc, FwpFailsWith(FWP_E_TXN_IN_PROGRESS));
  EXPECT_THAT(rc, Not(FwpFailsWith(FWP_E_NO_TXN_IN_PROGRESS)));
  EXPECT_THAT(static_cast<DWORD>(ERROR_SUCCESS),
              Not(FwpFailsWith(ERROR_SUCCESS)));  // success is no failure
  EXPECT_THAT(static_cast<DWORD>(ERROR_INVALID_HANDLE),
              FwpFailsWith(ERROR_INVALID_HANDLE));
}

TEST(MatchersTest, FailuresPrintCodesByName) {
  EXPECT_EQ(DescribeMatcher<DWORD>(FwpFailsWith(FWP_E_TXN_IN_PROGRESS)),
            "is FWP_E_TXN_IN_PROGRESS (0x8032000E)");
  EXPECT_EQ(Explain(FwpFailsWith(FWP_E_TXN_IN_PROGRESS),
                    static_cast<DWORD>(FWP_E_NO_TXN_IN_PROGRESS)),
            "which is FWP_E_NO_TXN_IN_PROGRESS (0x8032000D)");
  EXPECT_EQ(DescribeMatcher<DWORD>(Win32FailsWith(ERROR_ACCESS_DENIED)),
            "is Win32 error ERROR_ACCESS_DENIED (5)");
  EXPECT_EQ(Explain(Win32Succeeds(), static_cast<DWORD>(ERROR_INVALID_HANDLE)),
            "which is ERROR_INVALID_HANDLE (6)");
  EXPECT_EQ(DescribeMatcher<NTSTATUS>(NtFailsWith(STATUS_INVALID_HANDLE)),
            "is STATUS_INVALID_HANDLE (0xC0000008)");
  EXPECT_EQ(Explain(NtSucceeds(), STATUS_ACCESS_DENIED),
            "which is STATUS_ACCESS_DENIED (0xC0000022)");
  EXPECT_EQ(DescribeMatcher<HRESULT>(HrIs(E_HANDLE)),
            "is E_HANDLE (0x80070006)");
  EXPECT_EQ(Explain(HrIs(S_OK), HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)),
            "which is HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) (0x80070002)");
}

TEST(MatchersTest, OtherMatchersStillMatch) {
  EXPECT_THAT(STATUS_SUCCESS, NtSucceeds());
  EXPECT_THAT(STATUS_TIMEOUT, NtSucceeds());  // a success status
  EXPECT_THAT(STATUS_INVALID_HANDLE, NtFailsWith(STATUS_INVALID_HANDLE));
  EXPECT_THAT(E_HANDLE, HrIs(E_HANDLE));
  EXPECT_THAT(static_cast<DWORD>(0), Win32Succeeds());
}

}  // namespace
}  // namespace winemu::testing
