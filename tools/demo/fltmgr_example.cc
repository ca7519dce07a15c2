// Copyright winemu authors.
//
// A minifilter and its user-mode service in one program, written as
// ordinary Windows code, the way the WDK "scanner" sample pairs them:
//
//   driver:  FltRegisterFilter, FltCreateCommunicationPort (one connection),
//            FltStartFiltering; FltSendMessage with a reply per buffer it
//            "scans"; FltCloseClientPort in DisconnectNotify; at unload
//            FltCloseCommunicationPort then FltUnregisterFilter.
//   service: FilterConnectCommunicationPort, an I/O completion port, worker
//            threads each with an overlapped FilterGetMessage, a
//            FilterReplyMessage per message; it stops when the driver
//            unloads (its reads complete with ERROR_INVALID_HANDLE).
//
// The driver creates its port without a security descriptor so that this
// (non-elevated) process may connect; a real driver passes the one from
// FltBuildDefaultSecurityDescriptor, which admits elevated services only.
#include <fltKernel.h>
#include <fltUser.h>
#include <ioapiset.h>
#include <processthreadsapi.h>
#include <stdio.h>
#include <string.h>
#include <synchapi.h>

#include <atomic>

// ---------------------------------------------------------------------------
// The minifilter (kernel mode).

#define SCAN_PORT_NAME L"\\WinemuScanPort"

typedef struct _SCAN_NOTIFICATION {
  ULONG BytesToScan;
  UCHAR Contents[32];
} SCAN_NOTIFICATION;

typedef struct _SCAN_REPLY {
  BOOLEAN SafeToOpen;
} SCAN_REPLY;

static struct {
  DRIVER_OBJECT Driver;
  PFLT_FILTER Filter;
  PFLT_PORT ServerPort;
  PFLT_PORT ClientPort;
} g_scanner;

static NTSTATUS FLTAPI ScanConnect(PFLT_PORT ClientPort, PVOID ServerPortCookie,
                                   PVOID ConnectionContext, ULONG SizeOfContext,
                                   PVOID *ConnectionCookie) {
  UNREFERENCED_PARAMETER(ServerPortCookie);
  UNREFERENCED_PARAMETER(ConnectionContext);
  UNREFERENCED_PARAMETER(SizeOfContext);
  PAGED_CODE();
  FLT_ASSERT(g_scanner.ClientPort == NULL);
  g_scanner.ClientPort = ClientPort;
  *ConnectionCookie = NULL;
  printf("[driver] service connected (process %lu)\n",
         (unsigned long)(ULONG_PTR)PsGetCurrentProcessId());
  return STATUS_SUCCESS;
}

static VOID FLTAPI ScanDisconnect(PVOID ConnectionCookie) {
  UNREFERENCED_PARAMETER(ConnectionCookie);
  PAGED_CODE();
  printf("[driver] service disconnected; closing the client port\n");
  FltCloseClientPort(g_scanner.Filter, &g_scanner.ClientPort);
}

static NTSTATUS FLTAPI ScanUnload(FLT_FILTER_UNLOAD_FLAGS Flags) {
  UNREFERENCED_PARAMETER(Flags);
  PAGED_CODE();
  FltCloseCommunicationPort(g_scanner.ServerPort);
  FltUnregisterFilter(g_scanner.Filter);
  return STATUS_SUCCESS;
}

static const FLT_REGISTRATION kScanRegistration = {sizeof(FLT_REGISTRATION),
                                                   FLT_REGISTRATION_VERSION,
                                                   0,
                                                   NULL,
                                                   NULL,
                                                   ScanUnload,
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

static NTSTATUS ScanDriverEntry(PDRIVER_OBJECT DriverObject) {
  NTSTATUS status =
      FltRegisterFilter(DriverObject, &kScanRegistration, &g_scanner.Filter);
  printf("[driver] FltRegisterFilter -> 0x%08X\n", (unsigned)status);
  if (!NT_SUCCESS(status)) return status;
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, SCAN_PORT_NAME);
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(
      &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
  status =
      FltCreateCommunicationPort(g_scanner.Filter, &g_scanner.ServerPort, &oa,
                                 NULL, ScanConnect, ScanDisconnect, NULL, 1);
  printf("[driver] FltCreateCommunicationPort -> 0x%08X\n", (unsigned)status);
  if (NT_SUCCESS(status)) {
    status = FltStartFiltering(g_scanner.Filter);
    printf("[driver] FltStartFiltering -> 0x%08X\n", (unsigned)status);
    if (NT_SUCCESS(status)) return status;
    FltCloseCommunicationPort(g_scanner.ServerPort);
  }
  FltUnregisterFilter(g_scanner.Filter);
  return status;
}

// Sends one buffer to the service; returns whether it may be opened.
static BOOLEAN ScanBuffer(const char *contents) {
  SCAN_NOTIFICATION *notification = (SCAN_NOTIFICATION *)ExAllocatePool2(
      POOL_FLAG_NON_PAGED, sizeof(SCAN_NOTIFICATION), 'nacS');
  if (notification == NULL) return TRUE;
  notification->BytesToScan = (ULONG)strlen(contents);
  memcpy(notification->Contents, contents, notification->BytesToScan);
  // As the sample does: the reply lands in the notification buffer.
  ULONG replyLength = sizeof(SCAN_REPLY);
  LARGE_INTEGER timeout;
  timeout.QuadPart = -10LL * 1000 * 1000 * 5;  // 5 s, relative
  NTSTATUS status = FltSendMessage(g_scanner.Filter, &g_scanner.ClientPort,
                                   notification, sizeof(SCAN_NOTIFICATION),
                                   notification, &replyLength, &timeout);
  BOOLEAN safe = TRUE;
  if (status == STATUS_SUCCESS) {
    safe = ((SCAN_REPLY *)notification)->SafeToOpen;
  }
  printf("[driver] FltSendMessage(\"%s\") -> 0x%08X, reply %lu byte(s): %s\n",
         contents, (unsigned)status, (unsigned long)replyLength,
         safe ? "safe" : "BLOCK");
  ExFreePoolWithTag(notification, 'nacS');
  return safe;
}

// ---------------------------------------------------------------------------
// The service (user mode).

typedef struct _SCAN_MESSAGE {
  FILTER_MESSAGE_HEADER MessageHeader;
  SCAN_NOTIFICATION Notification;
  OVERLAPPED Ovlp;
} SCAN_MESSAGE;

typedef struct _SCAN_REPLY_MESSAGE {
  FILTER_REPLY_HEADER ReplyHeader;
  SCAN_REPLY Reply;
} SCAN_REPLY_MESSAGE;

#define WORKERS 2

static struct {
  HANDLE Port;
  HANDLE Completion;
  SCAN_MESSAGE Messages[WORKERS];
  std::atomic<LONG> Replies;
  // Messages taken, and reads re-armed (or refused) after them: the service
  // stops only once both agree, so no worker is re-arming as the port goes.
  std::atomic<LONG> Taken;
  std::atomic<LONG> Rearmed;
} g_service;

static DWORD WINAPI ScanWorker(LPVOID context) {
  UNREFERENCED_PARAMETER(context);
  for (;;) {
    DWORD bytes = 0;
    ULONG_PTR key = 0;
    LPOVERLAPPED ovlp = NULL;
    BOOL ok = GetQueuedCompletionStatus(g_service.Completion, &bytes, &key,
                                        &ovlp, INFINITE);
    if (!ok) {
      DWORD error = GetLastError();
      printf("[service] worker stops: GetQueuedCompletionStatus error %lu%s\n",
             (unsigned long)error,
             error == ERROR_INVALID_HANDLE ? " (port disconnected)" : "");
      return 0;
    }
    ++g_service.Taken;
    SCAN_MESSAGE *message =
        (SCAN_MESSAGE *)((char *)ovlp - offsetof(SCAN_MESSAGE, Ovlp));
    SCAN_REPLY_MESSAGE reply;
    memset(&reply, 0, sizeof(reply));
    reply.ReplyHeader.Status = 0;
    reply.ReplyHeader.MessageId = message->MessageHeader.MessageId;
    reply.Reply.SafeToOpen =
        strstr((const char *)message->Notification.Contents, "virus") == NULL;
    // Header plus payload, not sizeof(reply): its padding would overflow
    // the driver's reply buffer.
    HRESULT hr =
        FilterReplyMessage(g_service.Port, &reply.ReplyHeader,
                           sizeof(FILTER_REPLY_HEADER) + sizeof(SCAN_REPLY));
    printf("[service] message %llu (%lu bytes) -> reply %s, hr 0x%08X\n",
           (unsigned long long)message->MessageHeader.MessageId,
           (unsigned long)bytes, reply.Reply.SafeToOpen ? "safe" : "BLOCK",
           (unsigned)hr);
    if (SUCCEEDED(hr)) ++g_service.Replies;
    memset(&message->Ovlp, 0, sizeof(OVERLAPPED));
    hr = FilterGetMessage(g_service.Port, &message->MessageHeader,
                          offsetof(SCAN_MESSAGE, Ovlp), &message->Ovlp);
    ++g_service.Rearmed;
    if (hr != HRESULT_FROM_WIN32(ERROR_IO_PENDING) && hr != S_OK) {
      printf("[service] worker stops: FilterGetMessage hr 0x%08X\n",
             (unsigned)hr);
      return 0;
    }
  }
}

extern "C" int FltmgrExample(void) {
  g_service.Replies = 0;
  g_service.Taken = 0;
  g_service.Rearmed = 0;
  if (!NT_SUCCESS(ScanDriverEntry(&g_scanner.Driver))) return 1;

  HRESULT hr = FilterConnectCommunicationPort(SCAN_PORT_NAME, 0, NULL, 0, NULL,
                                              &g_service.Port);
  printf("[service] FilterConnectCommunicationPort -> 0x%08X\n", (unsigned)hr);
  if (FAILED(hr)) {
    ScanUnload(0);
    return 1;
  }
  g_service.Completion =
      CreateIoCompletionPort(g_service.Port, NULL, 0, WORKERS);
  if (g_service.Completion == NULL) {
    printf("[service] CreateIoCompletionPort failed: %lu\n",
           (unsigned long)GetLastError());
    CloseHandle(g_service.Port);
    ScanUnload(0);
    return 1;
  }
  HANDLE threads[WORKERS];
  int started = 0;
  for (; started < WORKERS; ++started) {
    threads[started] = CreateThread(NULL, 0, ScanWorker, NULL, 0, NULL);
    if (threads[started] == NULL) {
      printf("[service] CreateThread failed: %lu\n",
             (unsigned long)GetLastError());
      break;
    }
  }
  // Each worker needs a read in flight, or it would wait for ever.
  int reading = 0;
  for (int i = 0; started == WORKERS && i < WORKERS; ++i) {
    hr = FilterGetMessage(g_service.Port, &g_service.Messages[i].MessageHeader,
                          offsetof(SCAN_MESSAGE, Ovlp),
                          &g_service.Messages[i].Ovlp);
    printf("[service] FilterGetMessage (overlapped) -> 0x%08X%s\n",
           (unsigned)hr,
           hr == HRESULT_FROM_WIN32(ERROR_IO_PENDING) ? " (pending)" : "");
    if (hr == HRESULT_FROM_WIN32(ERROR_IO_PENDING) || hr == S_OK) ++reading;
  }

  BOOLEAN clean = FALSE, infected = TRUE, other = FALSE;
  if (reading == WORKERS) {
    clean = ScanBuffer("hello world");
    infected = ScanBuffer("a virus inside");
    other = ScanBuffer("quarterly report");
    // The last reply reaches the driver before its worker re-arms: let the
    // workers settle (bounded) before the port goes away.
    for (int i = 0; i < 1000 && g_service.Rearmed != g_service.Taken; ++i) {
      Sleep(1);
    }
  }

  // The driver unloads: FltMgr calls its unload routine, which closes the
  // server port and unregisters; the open connection is closed with
  // DisconnectNotify, and the service's pending reads fail.
  printf("[driver] unloading\n");
  ScanUnload(FLTFL_FILTER_UNLOAD_MANDATORY);
  const BOOL idle_workers = reading < WORKERS;
  if (idle_workers) {
    // Workers without a read would wait for ever: closing the completion
    // port wakes them (ERROR_ABANDONED_WAIT_0).
    CloseHandle(g_service.Completion);
  }

  DWORD wait = WAIT_OBJECT_0;
  if (started > 0) {
    wait = WaitForMultipleObjects((DWORD)started, threads, TRUE, 10000);
  }
  printf("[service] workers finished: wait -> %lu\n", (unsigned long)wait);
  for (int i = 0; i < started; ++i) CloseHandle(threads[i]);
  CloseHandle(g_service.Port);
  if (!idle_workers) CloseHandle(g_service.Completion);

  const int ok = reading == WORKERS && clean && !infected && other &&
                 g_service.Replies == 3 && wait == WAIT_OBJECT_0;
  printf("[demo] %s\n", ok ? "scanner round trips ok" : "FAILED");
  return ok ? 0 : 1;
}
