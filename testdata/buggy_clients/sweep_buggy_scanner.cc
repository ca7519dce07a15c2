// Copyright winemu authors.
//
// A minifilter and the user-mode service that queries it, in one program,
// written as ordinary Windows code, with one seeded error-handling bug for
// the fault sweep (tests/sweep) to find. The driver answers a status query
// through its port's MessageNotify; every driver-side failure is handled.
//
//   BUG (ignored): the service does not check FilterConnectCommunicationPort;
//                  when it fails the service sends its query, and closes,
//                  a port handle it never got.
#include <fltKernel.h>
#include <fltUser.h>
#include <stdio.h>
#include <string.h>

#define QUERY_PORT_NAME L"\\SweepBuggyScanPort"

typedef struct _STATUS_REPLY {
  ULONG FilesScanned;
} STATUS_REPLY;

static struct {
  DRIVER_OBJECT Driver;
  PFLT_FILTER Filter;
  PFLT_PORT ServerPort;
  PFLT_PORT ClientPort;
} g_driver;

static NTSTATUS FLTAPI QueryConnect(PFLT_PORT ClientPort, PVOID ServerCookie,
                                    PVOID Context, ULONG SizeOfContext,
                                    PVOID* ConnectionCookie) {
  UNREFERENCED_PARAMETER(ServerCookie);
  UNREFERENCED_PARAMETER(Context);
  UNREFERENCED_PARAMETER(SizeOfContext);
  g_driver.ClientPort = ClientPort;
  *ConnectionCookie = NULL;
  return STATUS_SUCCESS;
}

static VOID FLTAPI QueryDisconnect(PVOID ConnectionCookie) {
  UNREFERENCED_PARAMETER(ConnectionCookie);
  FltCloseClientPort(g_driver.Filter, &g_driver.ClientPort);
}

static NTSTATUS FLTAPI QueryMessage(PVOID PortCookie, PVOID InputBuffer,
                                    ULONG InputBufferLength, PVOID OutputBuffer,
                                    ULONG OutputBufferLength,
                                    PULONG ReturnOutputBufferLength) {
  UNREFERENCED_PARAMETER(PortCookie);
  UNREFERENCED_PARAMETER(InputBuffer);
  UNREFERENCED_PARAMETER(InputBufferLength);
  if (OutputBuffer == NULL || OutputBufferLength < sizeof(STATUS_REPLY)) {
    return STATUS_INVALID_PARAMETER;
  }
  STATUS_REPLY reply = {42};
  memcpy(OutputBuffer, &reply, sizeof(reply));
  *ReturnOutputBufferLength = sizeof(reply);
  return STATUS_SUCCESS;
}

static NTSTATUS FLTAPI QueryUnload(FLT_FILTER_UNLOAD_FLAGS Flags) {
  UNREFERENCED_PARAMETER(Flags);
  FltCloseCommunicationPort(g_driver.ServerPort);
  FltUnregisterFilter(g_driver.Filter);
  return STATUS_SUCCESS;
}

static const FLT_REGISTRATION kRegistration = {sizeof(FLT_REGISTRATION),
                                               FLT_REGISTRATION_VERSION,
                                               0,
                                               NULL,
                                               NULL,
                                               QueryUnload,
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

static NTSTATUS QueryDriverEntry(PDRIVER_OBJECT DriverObject) {
  NTSTATUS status =
      FltRegisterFilter(DriverObject, &kRegistration, &g_driver.Filter);
  if (!NT_SUCCESS(status)) return status;
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, QUERY_PORT_NAME);
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(
      &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
  status = FltCreateCommunicationPort(g_driver.Filter, &g_driver.ServerPort,
                                      &oa, NULL, QueryConnect, QueryDisconnect,
                                      QueryMessage, 1);
  if (NT_SUCCESS(status)) {
    status = FltStartFiltering(g_driver.Filter);
    if (NT_SUCCESS(status)) return status;
    FltCloseCommunicationPort(g_driver.ServerPort);
  }
  FltUnregisterFilter(g_driver.Filter);
  return status;
}

extern "C" int SweepBuggyScanner(void) {
  if (!NT_SUCCESS(QueryDriverEntry(&g_driver.Driver))) return 1;

  HANDLE port = NULL;
  // BUG: the HRESULT is dropped; on failure `port` is INVALID_HANDLE_VALUE.
  (void)FilterConnectCommunicationPort(QUERY_PORT_NAME, 0, NULL, 0, NULL,
                                       &port);
  ULONG query = 1;
  STATUS_REPLY reply = {0};
  DWORD returned = 0;
  HRESULT hr = FilterSendMessage(port, &query, sizeof(query), &reply,
                                 sizeof(reply), &returned);
  printf("[buggy scanner] status query -> 0x%08X, %lu file(s) scanned\n",
         (unsigned)hr, (unsigned long)reply.FilesScanned);
  CloseHandle(port);
  QueryUnload(0);
  return SUCCEEDED(hr) && reply.FilesScanned == 42 ? 0 : 1;
}
