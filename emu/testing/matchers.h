// Copyright winemu authors.
//
// matchers.h: GoogleMock matchers for Windows result codes.
//
//   EXPECT_THAT(FwpmEngineClose0(h), Win32Succeeds());
//   EXPECT_THAT(FwpmEngineClose0(h), Win32FailsWith(ERROR_INVALID_HANDLE));
//   EXPECT_THAT(FltClose(h), NtFailsWith(STATUS_INVALID_HANDLE));
//   EXPECT_THAT(FilterConnectCommunicationPort(...), HrIs(S_OK));
//
// Codes print as hex (and decimal for small Win32 codes), so a failure reads
// "0x80320009", not "-2144206839".
#ifndef WINEMU_EMU_TESTING_MATCHERS_H_
#define WINEMU_EMU_TESTING_MATCHERS_H_

#include <cstdint>
#include <string>

#include "absl/strings/str_format.h"
#include "gmock/gmock.h"

namespace winemu::testing {

// Formats a result code the way the matchers print it.
inline std::string CodeText(uint32_t code) {
  return code < 0x10000 ? absl::StrFormat("%u (0x%X)", code, code)
                        : absl::StrFormat("0x%08X", code);
}

MATCHER(Win32Succeeds, "is ERROR_SUCCESS (0)") {
  const uint32_t code = static_cast<uint32_t>(arg);
  if (code != 0) *result_listener << "which is " << CodeText(code);
  return code == 0;
}

MATCHER_P(Win32FailsWith, expected,
          "is Win32 error " +
              CodeText(static_cast<uint32_t>(expected))) {
  const uint32_t code = static_cast<uint32_t>(arg);
  *result_listener << "which is " << CodeText(code);
  return static_cast<uint32_t>(expected) != 0 &&
         code == static_cast<uint32_t>(expected);
}

MATCHER(NtSucceeds, "is a success NTSTATUS (NT_SUCCESS)") {
  const int32_t status = static_cast<int32_t>(arg);
  *result_listener << "which is "
                   << CodeText(static_cast<uint32_t>(status));
  return status >= 0;
}

MATCHER_P(NtFailsWith, expected,
          "is NTSTATUS " + CodeText(static_cast<uint32_t>(expected))) {
  const uint32_t status = static_cast<uint32_t>(arg);
  *result_listener << "which is " << CodeText(status);
  return static_cast<int32_t>(expected) < 0 &&
         status == static_cast<uint32_t>(expected);
}

MATCHER_P(HrIs, expected,
          "is HRESULT " + CodeText(static_cast<uint32_t>(expected))) {
  const uint32_t hr = static_cast<uint32_t>(arg);
  *result_listener << "which is " << CodeText(hr);
  return hr == static_cast<uint32_t>(expected);
}

}  // namespace winemu::testing

#endif  // WINEMU_EMU_TESTING_MATCHERS_H_
