// Copyright winemu authors.
//
// flt_util.h: a registered minifilter, a communication port and a user
// connection for the Filter Manager rows (kernel and user side).
#ifndef WINEMU_TESTS_CATALOGUE_FLT_UTIL_H_
#define WINEMU_TESTS_CATALOGUE_FLT_UTIL_H_

#include <fltKernel.h>
#include <fltUser.h>
#include <windows.h>

#include "gtest/gtest.h"

namespace winemu::catalogue::flt_rows {

inline FLT_REGISTRATION Registration() {
  FLT_REGISTRATION r = {};
  r.Size = sizeof(FLT_REGISTRATION);
  r.Version = FLT_REGISTRATION_VERSION;
  return r;
}

// A registered minifilter; unregistered (closing what it left) at the end.
struct Driver {
  DRIVER_OBJECT object = {};
  PFLT_FILTER filter = nullptr;
  Driver() {
    FLT_REGISTRATION r = Registration();
    EXPECT_EQ(FltRegisterFilter(&object, &r, &filter), STATUS_SUCCESS);
  }
  ~Driver() {
    if (filter != nullptr) FltUnregisterFilter(filter);
  }
  Driver(const Driver&) = delete;
  Driver& operator=(const Driver&) = delete;
};

// The connection's client port, kept where FltCloseClientPort expects it.
inline PFLT_PORT g_client_port = nullptr;
inline PFLT_FILTER g_port_filter = nullptr;
inline NTSTATUS g_connect_status = STATUS_SUCCESS;

inline NTSTATUS FLTAPI OnConnect(PFLT_PORT client, PVOID, PVOID, ULONG,
                                 PVOID* cookie) {
  if (!NT_SUCCESS(g_connect_status)) return g_connect_status;
  g_client_port = client;
  *cookie = nullptr;
  return STATUS_SUCCESS;
}
inline VOID FLTAPI OnDisconnect(PVOID) {
  if (g_client_port != nullptr)
    FltCloseClientPort(g_port_filter, &g_client_port);
}
inline NTSTATUS FLTAPI OnMessage(PVOID, PVOID, ULONG, PVOID, ULONG,
                                 PULONG returned) {
  *returned = 0;
  return STATUS_SUCCESS;
}

inline constexpr const wchar_t* kPortName = L"\\CataloguePort";

// A server port named kPortName on `filter`.
struct Port {
  UNICODE_STRING name;
  OBJECT_ATTRIBUTES oa;
  PFLT_PORT server = nullptr;
  explicit Port(PFLT_FILTER filter, PFLT_MESSAGE_NOTIFY message = OnMessage,
                LONG max_connections = 1, PSECURITY_DESCRIPTOR sd = nullptr) {
    g_port_filter = filter;
    g_client_port = nullptr;
    g_connect_status = STATUS_SUCCESS;
    RtlInitUnicodeString(&name, kPortName);
    InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, nullptr, sd);
    EXPECT_EQ(
        FltCreateCommunicationPort(filter, &server, &oa, nullptr, OnConnect,
                                   OnDisconnect, message, max_connections),
        STATUS_SUCCESS);
  }
  ~Port() { Close(); }
  void Close() {
    if (server != nullptr) FltCloseCommunicationPort(server);
    server = nullptr;
  }
  Port(const Port&) = delete;
  Port& operator=(const Port&) = delete;
};

// A user-mode connection to kPortName; closed at the end.
struct Connection {
  HANDLE port = INVALID_HANDLE_VALUE;
  Connection() {
    EXPECT_EQ(FilterConnectCommunicationPort(kPortName, 0, nullptr, 0, nullptr,
                                             &port),
              S_OK);
  }
  ~Connection() {
    if (port != INVALID_HANDLE_VALUE) CloseHandle(port);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
};

}  // namespace winemu::catalogue::flt_rows

#endif  // WINEMU_TESTS_CATALOGUE_FLT_UTIL_H_
