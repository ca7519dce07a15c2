// Copyright winemu authors.
//
// FltLib (user side) rows: FilterConnectCommunicationPort,
// FilterSendMessage, FilterGetMessage, FilterReplyMessage. Codes: spec
// fltmgr.md section 5 and 6 (HRESULTs; bad handles are
// HRESULT_FROM_WIN32(ERROR_INVALID_HANDLE) [INF]).
#include <fltKernel.h>
#include <fltUser.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/flt_util.h"

namespace winemu::catalogue {
namespace {
using namespace flt_rows;  // NOLINT: the rows read better unqualified.
constexpr Basis DOC = Basis::kDoc;
constexpr Basis OBS = Basis::kObs;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;
constexpr uint32_t kInvalidArg = (uint32_t)E_INVALIDARG;
constexpr uint32_t kBadHandle =
    (uint32_t)HRESULT_FROM_WIN32(ERROR_INVALID_HANDLE);

// FilterConnectCommunicationPort with one bad argument, against a live
// port; *hPort is INVALID_HANDLE_VALUE on failure [DOC].
struct ConnectArgs {
  const wchar_t* name = kPortName;
  DWORD options = 0;
  bool null_context = true;
  WORD context_size = 0;
  bool null_out = false;
};
std::function<uint32_t(Ctx&)> BadConnect(ConnectArgs a) {
  return [a](Ctx& c) {
    Driver d;
    Port p(d.filter);
    char context[4] = "ctx";
    HANDLE h = Poison<HANDLE>();
    const uint32_t code = c.Call([&] {
      return (uint32_t)FilterConnectCommunicationPort(
          a.name, a.options, a.null_context ? nullptr : context, a.context_size,
          nullptr, a.null_out ? nullptr : &h);
    });
    if (!a.null_out) {
      EXPECT_EQ(h, INVALID_HANDLE_VALUE);
    }
    return code;
  };
}

std::vector<Case> ConnectRows() {
  const char* fn = "FilterConnectCommunicationPort";
  std::vector<Case> rows = {
      {fn, "lpPortName", "NULL", kInvalidArg, INF, ANY,
       BadConnect({.name = nullptr})},
      {fn, "lpPortName", "no such port",
       (uint32_t)HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), OBS, ANY,
       BadConnect({.name = L"\\NoSuchPort"})},
      {fn, "lpPortName", "empty",
       (uint32_t)HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), INF, ANY,
       BadConnect({.name = L""})},
      {fn, "dwOptions", "unknown bit 0x2", kInvalidArg, INF, ANY,
       BadConnect({.options = 0x2})},
      {fn, "wSizeOfContext", "4 with a NULL lpContext", kInvalidArg, DOC, ANY,
       BadConnect({.null_context = true, .context_size = 4})},
      {fn, "wSizeOfContext", "0 with an lpContext", kInvalidArg, DOC, ANY,
       BadConnect({.null_context = false, .context_size = 0})},
      {fn, "hPort", "NULL", kInvalidArg, INF, ANY,
       BadConnect({.null_out = true})},
      {fn, "lpPortName", "a closed server port",
       (uint32_t)HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND), INF, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         p.Close();
         HANDLE h = Poison<HANDLE>();
         const uint32_t code = c.Call([&] {
           return (uint32_t)FilterConnectCommunicationPort(
               kPortName, 0, nullptr, 0, nullptr, &h);
         });
         EXPECT_EQ(h, INVALID_HANDLE_VALUE);
         return code;
       }},
      {fn, "lpPortName", "a port at its MaxConnections",
       (uint32_t)HRESULT_FROM_WIN32(ERROR_CONNECTION_COUNT_LIMIT), INF, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         Connection first;
         HANDLE h = Poison<HANDLE>();
         const uint32_t code = c.Call([&] {
           return (uint32_t)FilterConnectCommunicationPort(
               kPortName, 0, nullptr, 0, nullptr, &h);
         });
         EXPECT_EQ(h, INVALID_HANDLE_VALUE);
         return code;
       }},
      {fn, "lpPortName", "refused by ConnectNotify (STATUS_ACCESS_DENIED)",
       (uint32_t)E_ACCESSDENIED, INF, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         g_connect_status = STATUS_ACCESS_DENIED;
         HANDLE h = Poison<HANDLE>();
         const uint32_t code = c.Call([&] {
           return (uint32_t)FilterConnectCommunicationPort(
               kPortName, 0, nullptr, 0, nullptr, &h);
         });
         g_connect_status = STATUS_SUCCESS;
         EXPECT_EQ(h, INVALID_HANDLE_VALUE);
         return code;
       }},
      {fn, "lpPortName", "a default-SD port, from a non-elevated process",
       (uint32_t)E_ACCESSDENIED, INF, ANY,
       [](Ctx& c) {
         Driver d;
         PSECURITY_DESCRIPTOR sd = nullptr;
         EXPECT_EQ(FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS),
                   STATUS_SUCCESS);
         Port p(d.filter, OnMessage, 1, sd);
         FltFreeSecurityDescriptor(sd);
         HANDLE h = Poison<HANDLE>();
         uint32_t code = 0;
         c.AsOther([&] {
           code = c.Call([&] {
             return (uint32_t)FilterConnectCommunicationPort(
                 kPortName, 0, nullptr, 0, nullptr, &h);
           });
         });
         EXPECT_EQ(h, INVALID_HANDLE_VALUE);
         return code;
       }},
  };
  return rows;
}

// The bad values of a port handle, for a user-side call `f`.
std::vector<Case> PortHandleRows(const char* fn,
                                 std::function<HRESULT(HANDLE)> f) {
  return {
      {fn, "hPort", "NULL", kBadHandle, INF, ANY,
       [f](Ctx& c) { return c.Call([&] { return (uint32_t)f(nullptr); }); }},
      {fn, "hPort", "INVALID_HANDLE_VALUE", kBadHandle, INF, ANY,
       [f](Ctx& c) {
         return c.Call([&] { return (uint32_t)f(INVALID_HANDLE_VALUE); });
       }},
      {fn, "hPort", "closed", kBadHandle, INF, ANY,
       [f](Ctx& c) {
         Driver d;
         Port p(d.filter);
         HANDLE stale;
         {
           Connection user;
           stale = user.port;
         }
         return c.Call([&] { return (uint32_t)f(stale); });
       }},
      {fn, "hPort", "wrong type (an event)", kBadHandle, INF, ANY,
       [f](Ctx& c) {
         HANDLE event = CreateEventW(nullptr, TRUE, FALSE, nullptr);
         const uint32_t code = c.Call([&] { return (uint32_t)f(event); });
         CloseHandle(event);
         return code;
       }},
      {fn, "hPort", "another process's", kBadHandle, INF, ANY,
       [f](Ctx& c) {
         Driver d;
         Port p(d.filter);
         HANDLE theirs = nullptr;
         c.AsOther([&] {
           EXPECT_EQ(FilterConnectCommunicationPort(kPortName, 0, nullptr, 0,
                                                    nullptr, &theirs),
                     S_OK);
         });
         const uint32_t code = c.Call([&] { return (uint32_t)f(theirs); });
         c.TerminateOther();
         return code;
       }},
      {fn, "hPort", "disconnected by the minifilter (FltCloseClientPort)",
       kBadHandle, INF, ANY,
       [f](Ctx& c) {
         Driver d;
         Port p(d.filter);
         Connection user;
         FltCloseClientPort(d.filter, &g_client_port);
         return c.Call([&] { return (uint32_t)f(user.port); });
       }},
  };
}

HRESULT Send(HANDLE h) {
  char in[4] = "in";
  DWORD n = 0xdeadbeef;
  const HRESULT hr = FilterSendMessage(h, in, sizeof(in), nullptr, 0, &n);
  EXPECT_EQ(n, 0xdeadbeefu) << "*lpBytesReturned on failure";
  return hr;
}
HRESULT Get(HANDLE h) {
  struct {
    FILTER_MESSAGE_HEADER header;
    char data[16];
  } m;
  return FilterGetMessage(h, &m.header, sizeof(m), nullptr);
}
HRESULT Reply(HANDLE h) {
  FILTER_REPLY_HEADER r = {};
  r.MessageId = 1;
  return FilterReplyMessage(h, &r, sizeof(r));
}

// A call on a live connection; `f` gets the user handle.
std::function<uint32_t(Ctx&)> OnConnection(
    std::function<HRESULT(HANDLE)> f, PFLT_MESSAGE_NOTIFY message = OnMessage) {
  return [f, message](Ctx& c) {
    Driver d;
    Port p(d.filter, message);
    Connection user;
    return c.Call([&] { return (uint32_t)f(user.port); });
  };
}

std::vector<Case> MessageRows() {
  std::vector<Case> rows = {
      {"FilterSendMessage", "lpBytesReturned", "NULL", kInvalidArg, DOC, ANY,
       OnConnection([](HANDLE h) {
         char in[4] = "in";
         return FilterSendMessage(h, in, sizeof(in), nullptr, 0, nullptr);
       })},
      {"FilterSendMessage", "lpInBuffer", "NULL with a size of 4", kInvalidArg,
       DOC, ANY, OnConnection([](HANDLE h) {
         DWORD n = 0;
         return FilterSendMessage(h, nullptr, 4, nullptr, 0, &n);
       })},
      {"FilterSendMessage", "hPort", "a port without MessageNotify",
       (uint32_t)HRESULT_FROM_WIN32(ERROR_INVALID_FUNCTION), INF, ANY,
       OnConnection(Send, nullptr)},
      {"FilterGetMessage", "lpMessageBuffer", "NULL", kInvalidArg, DOC, ANY,
       OnConnection(
           [](HANDLE h) { return FilterGetMessage(h, nullptr, 64, nullptr); })},
      {"FilterGetMessage", "dwMessageBufferSize",
       "smaller than FILTER_MESSAGE_HEADER", kInvalidArg, INF, ANY,
       OnConnection([](HANDLE h) {
         FILTER_MESSAGE_HEADER m;
         return FilterGetMessage(h, &m, sizeof(m) - 1, nullptr);
       })},
      {"FilterGetMessage", "lpOverlapped->hEvent", "not an event",
       (uint32_t)E_HANDLE, INF, ANY, OnConnection([](HANDLE h) {
         FILTER_MESSAGE_HEADER m;
         OVERLAPPED o = {};
         o.hEvent = Poison<HANDLE>();
         return FilterGetMessage(h, &m, sizeof(m), &o);
       })},
      {"FilterReplyMessage", "lpReplyBuffer", "NULL", kInvalidArg, DOC, ANY,
       OnConnection([](HANDLE h) {
         return FilterReplyMessage(h, nullptr, sizeof(FILTER_REPLY_HEADER));
       })},
      {"FilterReplyMessage", "dwReplyBufferSize",
       "smaller than FILTER_REPLY_HEADER", kInvalidArg, INF, ANY,
       OnConnection([](HANDLE h) {
         FILTER_REPLY_HEADER r = {};
         return FilterReplyMessage(h, &r, sizeof(r) - 1);
       })},
      {"FilterReplyMessage", "lpReplyBuffer->MessageId", "no such message",
       (uint32_t)ERROR_FLT_NO_WAITER_FOR_REPLY, INF, ANY, OnConnection(Reply)},
  };
  for (auto& r : PortHandleRows("FilterSendMessage", Send)) rows.push_back(r);
  for (auto& r : PortHandleRows("FilterGetMessage", Get)) rows.push_back(r);
  for (auto& r : PortHandleRows("FilterReplyMessage", Reply)) rows.push_back(r);
  return rows;
}

}  // namespace

std::vector<Case> FltLibCases() {
  std::vector<Case> rows = ConnectRows();
  for (auto& r : MessageRows()) rows.push_back(r);
  return rows;
}

}  // namespace winemu::catalogue
