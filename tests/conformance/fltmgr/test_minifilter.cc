// Copyright winemu authors.
#include "tests/conformance/fltmgr/test_minifilter.h"

MinifilterState g_minifilter;

namespace {

DRIVER_OBJECT g_driver;

NTSTATUS FLTAPI Unload(FLT_FILTER_UNLOAD_FLAGS Flags) {
  UNREFERENCED_PARAMETER(Flags);
  ++g_minifilter.unloads;
  return STATUS_SUCCESS;
}

const FLT_REGISTRATION kRegistration = {sizeof(FLT_REGISTRATION),
                                        FLT_REGISTRATION_VERSION,
                                        0,
                                        NULL,
                                        NULL,
                                        Unload,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL,
                                        NULL};

}  // namespace

NTSTATUS FLTAPI TestConnectNotify(PFLT_PORT ClientPort, PVOID ServerPortCookie,
                                  PVOID ConnectionContext, ULONG SizeOfContext,
                                  PVOID* ConnectionPortCookie) {
  PAGED_CODE();
  ++g_minifilter.connects;
  g_minifilter.last_server_cookie = ServerPortCookie;
  g_minifilter.last_context.assign(static_cast<const char*>(ConnectionContext),
                                   ConnectionContext ? SizeOfContext : 0);
  if (!NT_SUCCESS(g_minifilter.connect_result)) {
    return g_minifilter.connect_result;
  }
  g_minifilter.client_port = ClientPort;
  *ConnectionPortCookie = ClientPort;  // any value: echoed to Disconnect
  return STATUS_SUCCESS;
}

VOID FLTAPI TestDisconnectNotify(PVOID ConnectionCookie) {
  PAGED_CODE();
  ++g_minifilter.disconnects;
  g_minifilter.disconnect_cookie = ConnectionCookie;
  if (g_minifilter.close_client_port_on_disconnect) {
    // As the scanner sample does: close through the variable FltSendMessage
    // reads, so that the two are synchronised.
    if (g_minifilter.client_port == ConnectionCookie) {
      FltCloseClientPort(g_minifilter.filter, &g_minifilter.client_port);
    } else {
      PFLT_PORT port = static_cast<PFLT_PORT>(ConnectionCookie);
      FltCloseClientPort(g_minifilter.filter, &port);
    }
  }
}

NTSTATUS FLTAPI TestMessageNotify(PVOID PortCookie, PVOID InputBuffer,
                                  ULONG InputBufferLength, PVOID OutputBuffer,
                                  ULONG OutputBufferLength,
                                  PULONG ReturnOutputBufferLength) {
  UNREFERENCED_PARAMETER(PortCookie);
  ++g_minifilter.messages;
  const char* in = static_cast<const char*>(InputBuffer);
  g_minifilter.last_input.assign(in, in ? InputBufferLength : 0);
  if (!NT_SUCCESS(g_minifilter.message_result)) {
    return g_minifilter.message_result;
  }
  ULONG n = 0;
  if (OutputBuffer != NULL) {
    char* out = static_cast<char*>(OutputBuffer);
    while (n < OutputBufferLength && n < InputBufferLength) {
      out[n] = in[InputBufferLength - 1 - n];
      ++n;
    }
  }
  *ReturnOutputBufferLength = n;
  return STATUS_SUCCESS;
}

NTSTATUS TestMinifilterLoad(const wchar_t* name, LONG max_connections,
                            bool default_sd, bool with_message_notify) {
  g_minifilter.filter = NULL;
  g_minifilter.server_port = NULL;
  g_minifilter.client_port = NULL;
  g_minifilter.connects = 0;
  g_minifilter.disconnects = 0;
  g_minifilter.messages = 0;
  g_minifilter.unloads = 0;
  g_minifilter.last_context.clear();
  g_minifilter.last_input.clear();
  g_minifilter.connect_result = STATUS_SUCCESS;
  g_minifilter.message_result = STATUS_SUCCESS;
  g_minifilter.close_client_port_on_disconnect = true;

  NTSTATUS status =
      FltRegisterFilter(&g_driver, &kRegistration, &g_minifilter.filter);
  if (!NT_SUCCESS(status)) return status;
  PSECURITY_DESCRIPTOR sd = NULL;
  if (default_sd) {
    status = FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_ALL_ACCESS);
    if (!NT_SUCCESS(status)) return status;
  }
  UNICODE_STRING port_name;
  RtlInitUnicodeString(&port_name, name);
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(
      &oa, &port_name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, sd);
  status = FltCreateCommunicationPort(
      g_minifilter.filter, &g_minifilter.server_port, &oa, &g_minifilter,
      TestConnectNotify, TestDisconnectNotify,
      with_message_notify ? TestMessageNotify : NULL, max_connections);
  if (sd != NULL) FltFreeSecurityDescriptor(sd);
  if (!NT_SUCCESS(status)) return status;
  return FltStartFiltering(g_minifilter.filter);
}

void TestMinifilterUnload() {
  if (g_minifilter.server_port != NULL) {
    FltCloseCommunicationPort(g_minifilter.server_port);
    g_minifilter.server_port = NULL;
  }
  if (g_minifilter.filter != NULL) {
    FltUnregisterFilter(g_minifilter.filter);
    g_minifilter.filter = NULL;
  }
}
