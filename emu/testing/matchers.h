// Copyright winemu authors.
//
// matchers.h: GoogleMock matchers for Windows result codes.
//
//   EXPECT_THAT(FwpmEngineClose0(h), Win32Succeeds());
//   EXPECT_THAT(FwpmEngineClose0(h), Win32FailsWith(ERROR_INVALID_HANDLE));
//   EXPECT_THAT(FwpmTransactionBegin0(h, 0),
//               FwpFailsWith(FWP_E_TXN_IN_PROGRESS));
//   EXPECT_THAT(FltClose(h), NtFailsWith(STATUS_INVALID_HANDLE));
//   EXPECT_THAT(FilterConnectCommunicationPort(...), HrIs(S_OK));
//
// Codes print by name (code_names.h), so a failure reads
//   Expected: is FWP_E_TXN_IN_PROGRESS (0x8032000E)
//     Actual: 2150760461 (of type unsigned long), which is
//             FWP_E_NO_TXN_IN_PROGRESS (0x8032000D)
#ifndef WINEMU_EMU_TESTING_MATCHERS_H_
#define WINEMU_EMU_TESTING_MATCHERS_H_

#include <cstdint>
#include <string>

#include "emu/testing/code_names.h"
#include "gmock/gmock.h"

namespace winemu::testing {

// A Win32 code (or an FWP_E_* HRESULT returned as a DWORD), by name.
inline std::string CodeText(uint32_t code) {
  return DescribeCode(CodeFamily::kWin32, code);
}

MATCHER(Win32Succeeds, "is ERROR_SUCCESS (0)") {
  const uint32_t code = static_cast<uint32_t>(arg);
  if (code != 0) *result_listener << "which is " << CodeText(code);
  return code == 0;
}

MATCHER_P(Win32FailsWith, expected,
          "is Win32 error " + CodeText(static_cast<uint32_t>(expected))) {
  const uint32_t code = static_cast<uint32_t>(arg);
  *result_listener << "which is " << CodeText(code);
  return static_cast<uint32_t>(expected) != 0 &&
         code == static_cast<uint32_t>(expected);
}

// The DWORD result of an Fwpm* function is `expected`, an FWP_E_* code (or
// another error those functions return, like ERROR_INVALID_HANDLE).
MATCHER_P(FwpFailsWith, expected,
          "is " + CodeText(static_cast<uint32_t>(expected))) {
  const uint32_t code = static_cast<uint32_t>(arg);
  *result_listener << "which is " << CodeText(code);
  return static_cast<uint32_t>(expected) != 0 &&
         code == static_cast<uint32_t>(expected);
}

MATCHER(NtSucceeds, "is a success NTSTATUS (NT_SUCCESS)") {
  const int32_t status = static_cast<int32_t>(arg);
  *result_listener << "which is "
                   << DescribeCode(CodeFamily::kNtstatus,
                                   static_cast<uint32_t>(status));
  return status >= 0;
}

MATCHER_P(NtFailsWith, expected,
          "is " + DescribeCode(CodeFamily::kNtstatus,
                               static_cast<uint32_t>(expected))) {
  const uint32_t status = static_cast<uint32_t>(arg);
  *result_listener << "which is "
                   << DescribeCode(CodeFamily::kNtstatus, status);
  return static_cast<int32_t>(expected) < 0 &&
         status == static_cast<uint32_t>(expected);
}

MATCHER_P(HrIs, expected,
          "is " + DescribeCode(CodeFamily::kHresult,
                               static_cast<uint32_t>(expected))) {
  const uint32_t hr = static_cast<uint32_t>(arg);
  *result_listener << "which is " << DescribeCode(CodeFamily::kHresult, hr);
  return hr == static_cast<uint32_t>(expected);
}

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_MATCHERS_H_
