// Copyright winemu authors.
//
// FilterConnectCommunicationPort, FilterSendMessage, FilterGetMessage,
// FilterReplyMessage. The port handle is closed with CloseHandle (kernel32),
// which ends the connection through the engine's UserPort.
#include <fltUser.h>
#include <ntstatus.h>

#include <cstring>
#include <cwchar>
#include <memory>
#include <string>

#include "api/fltlib/errors.h"
#include "api/fltlib/exports.h"
#include "api/kernel32/sync.h"
#include "emu/core/call.h"
#include "emu/fltmgr/filter_manager.h"

namespace {

namespace fltmgr = winemu::fltmgr;
namespace kernel32 = winemu::kernel32;
using winemu::fltlib::HrFrom;
using winemu::fltlib::NtStatusFrom;

fltmgr::FilterManager& Engine(const winemu::ApiCall& call) {
  return call.emu().GetExtension<fltmgr::FilterManager>();
}

uint64_t V(HANDLE h) { return reinterpret_cast<uint64_t>(h); }

// CancelIoEx / CancelIo on a port handle cancel its overlapped reads.
const bool kCancellerRegistered = [] {
  kernel32::RegisterCanceller(
      &fltmgr::kUserPortType, [](HANDLE file, LPOVERLAPPED overlapped) {
        winemu::Emulator& emu = winemu::Emulator::Current();
        auto found = emu.handles().Lookup<fltmgr::UserPort>(
            V(file), emu.current_process().id(), &fltmgr::kUserPortType);
        if (!found.ok()) return 0;
        return found.object->link()->connection().CancelReads(overlapped);
      });
  return true;
}();

}  // namespace

extern "C" {

HRESULT WINAPI FilterConnectCommunicationPort(
    LPCWSTR lpPortName, DWORD dwOptions, LPCVOID lpContext, WORD wSizeOfContext,
    LPSECURITY_ATTRIBUTES lpSecurityAttributes, HANDLE* hPort) {
  WINEMU_API_CALL(call, winemu::fltlib::kFilterConnectCommunicationPort);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x, %p, %u, %p, %p", lpPortName, dwOptions,
                    lpContext, wSizeOfContext, lpSecurityAttributes, hPort);
  if (hPort == nullptr) return call.Finish(E_INVALIDARG);
  // Every failure leaves INVALID_HANDLE_VALUE, not NULL [DOC].
  *hPort = INVALID_HANDLE_VALUE;
  if (call.injected()) return call.Finish((HRESULT)*call.injected());
  if (lpPortName == nullptr || (dwOptions & ~FLT_PORT_FLAG_SYNC_HANDLE) != 0 ||
      (lpContext == nullptr) != (wSizeOfContext == 0)) {
    return call.Finish(E_INVALIDARG);
  }
  if (dwOptions & FLT_PORT_FLAG_SYNC_HANDLE) {
    call.Unmodelled(
        "FLT_PORT_FLAG_SYNC_HANDLE (the handle stays "
        "asynchronous)");
  }
  uint64_t handle = 0;
  const fltmgr::Result r = Engine(call).Connect(
      call, std::wstring(lpPortName), lpContext, wSizeOfContext, &handle);
  if (r.ok()) *hPort = reinterpret_cast<HANDLE>(handle);
  return call.Finish(HrFrom(r));
}

HRESULT WINAPI FilterSendMessage(HANDLE hPort, LPVOID lpInBuffer,
                                 DWORD dwInBufferSize, LPVOID lpOutBuffer,
                                 DWORD dwOutBufferSize,
                                 LPDWORD lpBytesReturned) {
  WINEMU_API_CALL(call, winemu::fltlib::kFilterSendMessage);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u, %p, %u, %p", hPort, lpInBuffer,
                    dwInBufferSize, lpOutBuffer, dwOutBufferSize,
                    lpBytesReturned);
  if (call.injected()) return call.Finish((HRESULT)*call.injected());
  // lpInBuffer is required by the header; NULL is accepted only with a zero
  // size [INF: the documentation contradicts itself].
  if (lpBytesReturned == nullptr ||
      (lpInBuffer == nullptr && dwInBufferSize != 0)) {
    return call.Finish(E_INVALIDARG);
  }
  uint32_t returned = 0;
  const fltmgr::Result r = Engine(call).UserSend(
      call, V(hPort), lpInBuffer, lpInBuffer ? dwInBufferSize : 0, lpOutBuffer,
      lpOutBuffer ? dwOutBufferSize : 0, &returned);
  if (r.ok()) *lpBytesReturned = returned;
  return call.Finish(HrFrom(r));
}

HRESULT WINAPI FilterGetMessage(HANDLE hPort,
                                PFILTER_MESSAGE_HEADER lpMessageBuffer,
                                DWORD dwMessageBufferSize,
                                LPOVERLAPPED lpOverlapped) {
  WINEMU_API_CALL(call, winemu::fltlib::kFilterGetMessage);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u, %p", hPort, lpMessageBuffer,
                    dwMessageBufferSize, lpOverlapped);
  if (call.injected()) return call.Finish((HRESULT)*call.injected());
  // No message fits in less than its header [INF].
  if (lpMessageBuffer == nullptr ||
      dwMessageBufferSize < sizeof(FILTER_MESSAGE_HEADER)) {
    return call.Finish(E_INVALIDARG);
  }
  auto reader = std::make_shared<fltmgr::Reader>();
  reader->tag = lpOverlapped;
  reader->capacity = dwMessageBufferSize;
  reader->header_size = sizeof(FILTER_MESSAGE_HEADER);
  reader->fill = [lpMessageBuffer](const fltmgr::Message& m) {
    FILTER_MESSAGE_HEADER header = {};
    header.ReplyLength =
        m.wants_reply ? m.reply_capacity + sizeof(FILTER_REPLY_HEADER) : 0;
    header.MessageId = m.id;
    std::memcpy(lpMessageBuffer, &header, sizeof(header));
    if (!m.data.empty()) {
      std::memcpy(lpMessageBuffer + 1, m.data.data(), m.data.size());
    }
  };
  if (lpOverlapped == nullptr) {
    return call.Finish(HrFrom(Engine(call).UserRead(call, V(hPort), reader)));
  }
  const winemu::ProcessId pid = call.process().id();
  // The event must be NULL or an event [DOC]; otherwise E_HANDLE [INF].
  if (!kernel32::BeginOverlapped(pid, lpOverlapped)) {
    return call.Finish(E_HANDLE);
  }
  reader->complete = [pid, hPort, lpOverlapped](fltmgr::Status status,
                                                size_t bytes) {
    kernel32::CompleteOverlapped(pid, hPort, lpOverlapped, NtStatusFrom(status),
                                 static_cast<DWORD>(bytes));
  };
  const fltmgr::Status s = Engine(call).UserRead(call, V(hPort), reader);
  if (s != fltmgr::Status::kOk && s != fltmgr::Status::kPending) {
    kernel32::FailOverlapped(lpOverlapped, NtStatusFrom(s));
  }
  return call.Finish(HrFrom(s));
}

HRESULT WINAPI FilterReplyMessage(HANDLE hPort,
                                  PFILTER_REPLY_HEADER lpReplyBuffer,
                                  DWORD dwReplyBufferSize) {
  WINEMU_API_CALL(call, winemu::fltlib::kFilterReplyMessage);
  WINEMU_TRACE_ARGS(call, "%p, %p, %u", hPort, lpReplyBuffer,
                    dwReplyBufferSize);
  if (call.injected()) return call.Finish((HRESULT)*call.injected());
  if (lpReplyBuffer == nullptr ||
      dwReplyBufferSize < sizeof(FILTER_REPLY_HEADER)) {
    return call.Finish(E_INVALIDARG);
  }
  const fltmgr::Status s = Engine(call).UserReply(
      call, V(hPort), lpReplyBuffer->MessageId, lpReplyBuffer + 1,
      dwReplyBufferSize - sizeof(FILTER_REPLY_HEADER));
  return call.Finish(HrFrom(s));
}

}  // extern "C"
