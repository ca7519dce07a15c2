// Copyright winemu authors.
//
// fltUser.h: the user-mode Filter Manager library (FltLib.dll): a service
// talks to its minifilter through a communication port.
//
//   HANDLE port;
//   HRESULT hr = FilterConnectCommunicationPort(L"\\ScannerPort", 0, NULL, 0,
//                                               NULL, &port);
//   if (FAILED(hr)) return hr;                 // port == INVALID_HANDLE_VALUE
//   MY_MESSAGE message;
//   hr = FilterGetMessage(port, &message.MessageHeader, sizeof(message),
//                         NULL);                // blocks until a message
//   MY_REPLY reply = {};
//   reply.ReplyHeader.MessageId = message.MessageHeader.MessageId;
//   hr = FilterReplyMessage(port, &reply.ReplyHeader,
//                           sizeof(FILTER_REPLY_HEADER) + sizeof(reply.Data));
//   CloseHandle(port);                         // DisconnectNotify runs
//
// With an OVERLAPPED, FilterGetMessage returns
// HRESULT_FROM_WIN32(ERROR_IO_PENDING) (0x800703E5, a FAILED() value) and
// completes through the event and the port's I/O completion port.
#ifndef WINEMU_API_INCLUDE_FLTUSER_H_
#define WINEMU_API_INCLUDE_FLTUSER_H_

#include <fltUserStructures.h>
#include <fltWinError.h>
#include <minwinbase.h>
#include <windows.h>

#ifdef __cplusplus
extern "C" {
#endif

// dwOptions of FilterConnectCommunicationPort (Windows 8.1 and later).
#define FLT_PORT_FLAG_SYNC_HANDLE 0x00000001

_Must_inspect_result_ HRESULT WINAPI FilterConnectCommunicationPort(
    _In_ LPCWSTR lpPortName, _In_ DWORD dwOptions,
    _In_reads_bytes_opt_(wSizeOfContext) LPCVOID lpContext,
    _In_ WORD wSizeOfContext,
    _In_opt_ LPSECURITY_ATTRIBUTES lpSecurityAttributes,
    _Outptr_ HANDLE *hPort);

_Must_inspect_result_ HRESULT WINAPI FilterSendMessage(
    _In_ HANDLE hPort, _In_reads_bytes_(dwInBufferSize) LPVOID lpInBuffer,
    _In_ DWORD dwInBufferSize,
    _Out_writes_bytes_to_opt_(dwOutBufferSize, *lpBytesReturned)
        LPVOID lpOutBuffer,
    _In_ DWORD dwOutBufferSize, _Out_ LPDWORD lpBytesReturned);

_Must_inspect_result_ HRESULT WINAPI FilterGetMessage(
    _In_ HANDLE hPort,
    _Out_writes_bytes_(dwMessageBufferSize)
        PFILTER_MESSAGE_HEADER lpMessageBuffer,
    _In_ DWORD dwMessageBufferSize, _Inout_opt_ LPOVERLAPPED lpOverlapped);

_Must_inspect_result_ HRESULT WINAPI FilterReplyMessage(
    _In_ HANDLE hPort,
    _In_reads_bytes_(dwReplyBufferSize) PFILTER_REPLY_HEADER lpReplyBuffer,
    _In_ DWORD dwReplyBufferSize);

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_FLTUSER_H_
