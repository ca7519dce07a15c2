// Copyright winemu authors.
#include "emu/wfd/types.h"

#include "absl/strings/str_format.h"

namespace winemu::wfd {

std::string MacToString(const MacAddress& mac) {
  return absl::StrFormat("%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1],
                         mac[2], mac[3], mac[4], mac[5]);
}

std::string GuidToString(const Guid& g) {
  return absl::StrFormat("{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                         g.data1, g.data2, g.data3, g.data4[0], g.data4[1],
                         g.data4[2], g.data4[3], g.data4[4], g.data4[5],
                         g.data4[6], g.data4[7]);
}

const char* StatusName(Status status) {
  switch (status) {
    case Status::kOk:
      return "ok";
    case Status::kNullHandle:
      return "NULL handle";
    case Status::kBadHandle:
      return "bad handle";
    case Status::kServiceNotActive:
      return "WLAN AutoConfig service not running";
    case Status::kDisabledByPolicy:
      return "Wi-Fi Direct disabled by group policy";
    case Status::kHandleLimit:
      return "client handle limit reached";
    case Status::kDeviceNotFound:
      return "no paired device with that address";
    case Status::kOpenPending:
      return "open still pending";
    case Status::kCancelled:
      return "open cancelled";
    case Status::kConnectionFailed:
      return "connection failed";
  }
  return "?";
}

const char* SessionStateName(SessionState state) {
  switch (state) {
    case SessionState::kOpening:
      return "opening";
    case SessionState::kOpen:
      return "open";
    case SessionState::kFailed:
      return "failed";
    case SessionState::kClosing:
      return "closing";
    case SessionState::kClosed:
      return "closed";
  }
  return "?";
}

}  // namespace winemu::wfd
