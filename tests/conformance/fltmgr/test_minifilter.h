// Copyright winemu authors.
//
// test_minifilter.h: a small minifilter for the conformance tests, written
// as driver code (Windows headers only). Its callbacks record what FltMgr
// passes them; the tests drive it and the user side.
#ifndef WINEMU_TESTS_CONFORMANCE_FLTMGR_TEST_MINIFILTER_H_
#define WINEMU_TESTS_CONFORMANCE_FLTMGR_TEST_MINIFILTER_H_

#include <fltKernel.h>

#include <atomic>
#include <string>

// What the callbacks saw. Reset by TestMinifilter::Load().
struct MinifilterState {
  PFLT_FILTER filter = NULL;
  PFLT_PORT server_port = NULL;
  PFLT_PORT client_port = NULL;  // the last connection's, as scanner keeps it
  std::atomic<int> connects{0};
  std::atomic<int> disconnects{0};
  std::atomic<int> messages{0};
  std::atomic<int> unloads{0};
  std::string last_context;  // ConnectNotify's context bytes
  PVOID last_server_cookie = NULL;
  PVOID disconnect_cookie = NULL;            // DisconnectNotify's cookie
  NTSTATUS connect_result = STATUS_SUCCESS;  // what ConnectNotify returns
  NTSTATUS message_result = STATUS_SUCCESS;  // what MessageNotify returns
  bool close_client_port_on_disconnect = true;
  std::string last_input;  // MessageNotify's input bytes
};

extern MinifilterState g_minifilter;

NTSTATUS FLTAPI TestConnectNotify(PFLT_PORT ClientPort, PVOID ServerPortCookie,
                                  PVOID ConnectionContext, ULONG SizeOfContext,
                                  PVOID* ConnectionPortCookie);
VOID FLTAPI TestDisconnectNotify(PVOID ConnectionCookie);
// Echoes the input, reversed, into the output buffer.
NTSTATUS FLTAPI TestMessageNotify(PVOID PortCookie, PVOID InputBuffer,
                                  ULONG InputBufferLength, PVOID OutputBuffer,
                                  ULONG OutputBufferLength,
                                  PULONG ReturnOutputBufferLength);

// Registers the filter (and starts filtering); creates a port named `name`
// without a security descriptor unless `default_sd`.
NTSTATUS TestMinifilterLoad(const wchar_t* name, LONG max_connections,
                            bool default_sd, bool with_message_notify);
// Closes the server port (if open) and unregisters.
void TestMinifilterUnload();

#endif  // WINEMU_TESTS_CONFORMANCE_FLTMGR_TEST_MINIFILTER_H_
