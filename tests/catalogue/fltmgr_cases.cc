// Copyright winemu authors.
//
// Filter Manager kernel rows: registration, security descriptors,
// communication ports, FltSendMessage, FltObjectDereference. Codes: spec
// fltmgr.md section 4 and Appendix A. A NULL or stale argument of a VOID
// routine has no code: the row expects a verifier report naming it.
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
constexpr uint32_t kInvalid = (uint32_t)STATUS_INVALID_PARAMETER;

uint32_t Register(Ctx& c, PDRIVER_OBJECT driver, const FLT_REGISTRATION* r,
                  bool null_out = false) {
  PFLT_FILTER filter = Poison<PFLT_FILTER>();
  const uint32_t code = c.Call([&] {
    return (uint32_t)FltRegisterFilter(driver, r, null_out ? nullptr : &filter);
  });
  EXPECT_EQ(filter, Poison<PFLT_FILTER>()) << "*RetFilter on failure";
  return code;
}

std::function<uint32_t(Ctx&)> BadRegistration(USHORT version, USHORT size) {
  return [=](Ctx& c) {
    DRIVER_OBJECT driver = {};
    FLT_REGISTRATION r = Registration();
    r.Version = version;
    r.Size = size;
    return Register(c, &driver, &r);
  };
}

// A void routine's bad call: the code is 0, the report is the check.
uint32_t Void(Ctx& c, const std::function<void()>& f) {
  return c.Call([&] {
    f();
    return 0u;
  });
}

std::vector<Case> RegistrationRows() {
  return {
      {"FltRegisterFilter", "Driver", "NULL", kInvalid, INF, NAMED,
       [](Ctx& c) {
         FLT_REGISTRATION r = Registration();
         return Register(c, nullptr, &r);
       }},
      {"FltRegisterFilter", "Registration", "NULL", kInvalid, INF, NAMED,
       [](Ctx& c) {
         DRIVER_OBJECT driver = {};
         return Register(c, &driver, nullptr);
       }},
      {"FltRegisterFilter", "RetFilter", "NULL", kInvalid, INF, NAMED,
       [](Ctx& c) {
         DRIVER_OBJECT driver = {};
         FLT_REGISTRATION r = Registration();
         return Register(c, &driver, &r, true);
       }},
      {"FltRegisterFilter", "Registration->Version", "0x0204 (unknown)",
       kInvalid, DOC, ANY, BadRegistration(0x0204, sizeof(FLT_REGISTRATION))},
      {"FltRegisterFilter", "Registration->Version", "0x0100 (unknown)",
       kInvalid, DOC, ANY, BadRegistration(0x0100, sizeof(FLT_REGISTRATION))},
      {"FltRegisterFilter", "Registration->Size", "0", kInvalid, INF, ANY,
       BadRegistration(FLT_REGISTRATION_VERSION, 0)},
      {"FltRegisterFilter", "Registration->Size", "one byte short", kInvalid,
       INF, ANY,
       BadRegistration(FLT_REGISTRATION_VERSION, sizeof(FLT_REGISTRATION) - 1)},
      {"FltRegisterFilter", "Driver", "already registered",
       (uint32_t)STATUS_FLT_REGISTRATION_BUSY, OBS, ANY,
       [](Ctx& c) {
         Driver d;
         FLT_REGISTRATION r = Registration();
         return Register(c, &d.object, &r);
       }},
      {"FltStartFiltering", "Filter", "NULL", kInvalid, INF, ANY,
       [](Ctx& c) {
         return c.Call([] { return (uint32_t)FltStartFiltering(nullptr); });
       }},
      {"FltStartFiltering", "Filter", "never issued", kInvalid, INF, ANY,
       [](Ctx& c) {
         return c.Call(
             [] { return (uint32_t)FltStartFiltering(Poison<PFLT_FILTER>()); });
       }},
      {"FltStartFiltering", "Filter", "unregistered", kInvalid, INF, ANY,
       [](Ctx& c) {
         PFLT_FILTER stale;
         {
           Driver d;
           stale = d.filter;
         }
         return c.Call([&] { return (uint32_t)FltStartFiltering(stale); });
       }},
      {"FltStartFiltering", "Filter", "already started", kInvalid, DOC, ANY,
       [](Ctx& c) {
         Driver d;
         EXPECT_EQ(FltStartFiltering(d.filter), STATUS_SUCCESS);
         return c.Call([&] { return (uint32_t)FltStartFiltering(d.filter); });
       }},
      {"FltStartFiltering", "Filter", "wrong type (a server port)", kInvalid,
       INF, ANY,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         return c.Call([&] {
           return (uint32_t)FltStartFiltering(
               reinterpret_cast<PFLT_FILTER>(p.server));
         });
       }},
      {"FltUnregisterFilter", "Filter", "NULL", 0, INF, NAMED,
       [](Ctx& c) { return Void(c, [] { FltUnregisterFilter(nullptr); }); }},
      {"FltUnregisterFilter", "Filter", "already unregistered", 0, INF, NAMED,
       [](Ctx& c) {
         PFLT_FILTER stale;
         {
           Driver d;
           stale = d.filter;
         }
         return Void(c, [&] { FltUnregisterFilter(stale); });
       }},
      {"FltUnregisterFilter", "Filter", "never issued", 0, INF, NAMED,
       [](Ctx& c) {
         return Void(c, [] { FltUnregisterFilter(Poison<PFLT_FILTER>()); });
       }},
  };
}

std::vector<Case> SecurityRows() {
  return {
      {"FltBuildDefaultSecurityDescriptor", "SecurityDescriptor", "NULL",
       kInvalid, INF, NAMED,
       [](Ctx& c) {
         return c.Call([] {
           return (uint32_t)FltBuildDefaultSecurityDescriptor(
               nullptr, FLT_PORT_ALL_ACCESS);
         });
       }},
      {"FltFreeSecurityDescriptor", "SecurityDescriptor", "NULL", 0, INF, NAMED,
       [](Ctx& c) {
         return Void(c, [] { FltFreeSecurityDescriptor(nullptr); });
       }},
      {"FltFreeSecurityDescriptor", "SecurityDescriptor", "already freed", 0,
       INF, NAMED,
       [](Ctx& c) {
         PSECURITY_DESCRIPTOR sd = nullptr;
         EXPECT_EQ(FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS),
                   STATUS_SUCCESS);
         FltFreeSecurityDescriptor(sd);
         return Void(c, [&] { FltFreeSecurityDescriptor(sd); });
       }},
      {"FltFreeSecurityDescriptor", "SecurityDescriptor",
       "not from FltBuildDefaultSecurityDescriptor", 0, INF, NAMED,
       [](Ctx& c) {
         int local = 0;
         return Void(c, [&] { FltFreeSecurityDescriptor(&local); });
       }},
      {"FltFreeSecurityDescriptor", "SecurityDescriptor",
       "a pool block (another kind of memory)", 0, INF, NAMED,
       [](Ctx& c) {
         PVOID p = ExAllocatePoolWithTag(NonPagedPoolNx, 16, 'taCW');
         const uint32_t code = Void(c, [&] { FltFreeSecurityDescriptor(p); });
         ExFreePoolWithTag(p, 'taCW');
         return code;
       }},
  };
}

// FltCreateCommunicationPort with one bad argument; *ServerPort untouched.
struct PortArgs {
  bool null_filter = false, stale_filter = false, null_out = false,
       null_oa = false, no_kernel_handle = false, null_connect = false,
       null_disconnect = false, null_name = false, root = false;
  LONG max = 1;
};
std::function<uint32_t(Ctx&)> BadPort(PortArgs a) {
  return [a](Ctx& c) {
    Driver d;
    PFLT_FILTER filter = d.filter;
    if (a.null_filter) filter = nullptr;
    if (a.stale_filter) {
      Driver gone;
      filter = gone.filter;
    }
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, kPortName);
    OBJECT_ATTRIBUTES oa;
    InitializeObjectAttributes(&oa, a.null_name ? nullptr : &name,
                               a.no_kernel_handle ? 0 : OBJ_KERNEL_HANDLE,
                               a.root ? Poison<HANDLE>() : nullptr, nullptr);
    PFLT_PORT port = Poison<PFLT_PORT>();
    const uint32_t code = c.Call([&] {
      return (uint32_t)FltCreateCommunicationPort(
          filter, a.null_out ? nullptr : &port, a.null_oa ? nullptr : &oa,
          nullptr, a.null_connect ? nullptr : OnConnect,
          a.null_disconnect ? nullptr : OnDisconnect, nullptr, a.max);
    });
    EXPECT_EQ(port, Poison<PFLT_PORT>()) << "*ServerPort on failure [INF]";
    return code;
  };
}

std::vector<Case> PortRows() {
  const char* fn = "FltCreateCommunicationPort";
  std::vector<Case> rows = {
      {fn, "Filter", "NULL", kInvalid, INF, ANY,
       BadPort({.null_filter = true})},
      {fn, "Filter", "unregistered", kInvalid, INF, ANY,
       BadPort({.stale_filter = true})},
      {fn, "ServerPort", "NULL", kInvalid, INF, NAMED,
       BadPort({.null_out = true})},
      {fn, "ObjectAttributes", "NULL", kInvalid, DOC, NAMED,
       BadPort({.null_oa = true})},
      {fn, "ObjectAttributes->Attributes", "no OBJ_KERNEL_HANDLE", kInvalid,
       DOC, ANY, BadPort({.no_kernel_handle = true})},
      {fn, "ObjectAttributes->ObjectName", "NULL",
       (uint32_t)STATUS_OBJECT_NAME_INVALID, INF, ANY,
       BadPort({.null_name = true})},
      {fn, "ObjectAttributes->RootDirectory", "non-NULL (not modelled)",
       (uint32_t)STATUS_NOT_SUPPORTED, INF, NAMED, BadPort({.root = true})},
      {fn, "ConnectNotifyCallback", "NULL", kInvalid, INF, ANY,
       BadPort({.null_connect = true})},
      {fn, "DisconnectNotifyCallback", "NULL", kInvalid, INF, ANY,
       BadPort({.null_disconnect = true})},
      {fn, "MaxConnections", "0", kInvalid, OBS, ANY, BadPort({.max = 0})},
      {fn, "MaxConnections", "-1", kInvalid, OBS, ANY, BadPort({.max = -1})},
      {fn, "MaxConnections", "LONG_MIN", kInvalid, OBS, ANY,
       BadPort({.max = (LONG)0x80000000})},
      {fn, "ObjectAttributes->ObjectName", "name of a live port",
       (uint32_t)STATUS_OBJECT_NAME_COLLISION, DOC, ANY,
       [](Ctx& c) {
         Driver d;
         Port first(d.filter);
         PFLT_PORT port = Poison<PFLT_PORT>();
         const uint32_t code = c.Call([&] {
           return (uint32_t)FltCreateCommunicationPort(
               d.filter, &port, &first.oa, nullptr, OnConnect, OnDisconnect,
               nullptr, 1);
         });
         EXPECT_EQ(port, Poison<PFLT_PORT>());
         return code;
       }},
      {"FltCloseCommunicationPort", "ServerPort", "NULL", 0, INF, NAMED,
       [](Ctx& c) {
         return Void(c, [] { FltCloseCommunicationPort(nullptr); });
       }},
      {"FltCloseCommunicationPort", "ServerPort", "already closed", 0, INF,
       NAMED,
       [](Ctx& c) {
         Driver d;
         Port p(d.filter);
         PFLT_PORT stale = p.server;
         p.Close();
         return Void(c, [&] { FltCloseCommunicationPort(stale); });
       }},
      {"FltCloseCommunicationPort", "ServerPort", "never issued", 0, INF, NAMED,
       [](Ctx& c) {
         return Void(c, [] { FltCloseCommunicationPort(Poison<PFLT_PORT>()); });
       }},
      {"FltCloseClientPort", "ClientPort", "NULL", 0, INF, NAMED,
       [](Ctx& c) {
         Driver d;
         return Void(c, [&] { FltCloseClientPort(d.filter, nullptr); });
       }},
      {"FltCloseClientPort", "*ClientPort", "NULL (already closed)", 0, INF,
       NAMED,
       [](Ctx& c) {
         Driver d;
         PFLT_PORT none = nullptr;
         const uint32_t code =
             Void(c, [&] { FltCloseClientPort(d.filter, &none); });
         EXPECT_EQ(none, nullptr);
         return code;
       }},
  };
  return rows;
}

// FltSendMessage on a live connection with one bad argument.
struct SendArgs {
  bool null_filter = false, null_port_var = false, port_var_null = false,
       null_sender = false, reply_without_length = false, zero_timeout = false;
};
std::function<uint32_t(Ctx&)> BadSend(SendArgs a) {
  return [a](Ctx& c) {
    Driver d;
    Port p(d.filter);
    Connection user;
    char data[8] = "message";
    char reply[8] = {};
    LARGE_INTEGER zero;
    zero.QuadPart = 0;
    PFLT_PORT none = nullptr;
    PFLT_PORT* var = a.port_var_null ? &none : &g_client_port;
    const uint32_t code = c.Call([&] {
      return (uint32_t)FltSendMessage(
          a.null_filter ? nullptr : d.filter, a.null_port_var ? nullptr : var,
          a.null_sender ? nullptr : data, sizeof(data),
          a.reply_without_length ? reply : nullptr, nullptr,
          a.zero_timeout ? &zero : nullptr);
    });
    return code;
  };
}

std::vector<Case> SendRows() {
  const char* fn = "FltSendMessage";
  return {
      {fn, "Filter", "NULL", kInvalid, INF, ANY,
       BadSend({.null_filter = true})},
      {fn, "ClientPort", "NULL", kInvalid, DOC, NAMED,
       BadSend({.null_port_var = true})},
      {fn, "*ClientPort", "NULL (closed)", (uint32_t)STATUS_PORT_DISCONNECTED,
       INF, ANY, BadSend({.port_var_null = true})},
      {fn, "SenderBuffer", "NULL", kInvalid, DOC, NAMED,
       BadSend({.null_sender = true})},
      {fn, "ReplyLength", "NULL with a ReplyBuffer", kInvalid, DOC, NAMED,
       BadSend({.reply_without_length = true})},
      {fn, "Timeout", "zero, no reader waiting", (uint32_t)STATUS_TIMEOUT, INF,
       ANY, BadSend({.zero_timeout = true})},
  };
}

std::vector<Case> DereferenceRows() {
  return {
      {"FltObjectDereference", "FltObject", "a filter (not modelled)", 0, INF,
       NAMED,
       [](Ctx& c) {
         Driver d;
         return Void(c, [&] { FltObjectDereference(d.filter); });
       }},
      {"FltObjectDereference", "FltObject", "NULL (not modelled)", 0, INF,
       NAMED,
       [](Ctx& c) { return Void(c, [] { FltObjectDereference(nullptr); }); }},
  };
}

void Append(std::vector<Case>& to, std::vector<Case> rows) {
  for (Case& c : rows) to.push_back(std::move(c));
}

}  // namespace

std::vector<Case> FltMgrCases() {
  std::vector<Case> rows = RegistrationRows();
  Append(rows, SecurityRows());
  Append(rows, PortRows());
  Append(rows, SendRows());
  Append(rows, DereferenceRows());
  return rows;
}

}  // namespace winemu::catalogue
