// Copyright winemu authors.
//
// FltCreateCommunicationPort, FltCloseCommunicationPort, FltCloseClientPort,
// FltSendMessage.
#include <fltKernel.h>

#include <cstring>
#include <vector>

#include "api/fltmgr/errors.h"
#include "api/fltmgr/exports.h"
#include "api/fltmgr/internal.h"
#include "api/fltmgr/security.h"
#include "emu/fltmgr/irql.h"

namespace {

using winemu::CallMode;
using winemu::fltmgr_api::DeadlineFrom;
using winemu::fltmgr_api::Engine;
using winemu::fltmgr_api::FromUnicodeString;
using winemu::fltmgr_api::FromValue;
using winemu::fltmgr_api::NtStatusFrom;
using winemu::fltmgr_api::Value;
namespace fltmgr = winemu::fltmgr;
namespace api = winemu::fltmgr_api;

fltmgr::PortCallbacks WrapCallbacks(PFLT_CONNECT_NOTIFY connect,
                                    PFLT_DISCONNECT_NOTIFY disconnect,
                                    PFLT_MESSAGE_NOTIFY message) {
  fltmgr::PortCallbacks callbacks;
  callbacks.connect = [connect](uint64_t client_port, void* server_cookie,
                                const void* context, uint32_t size,
                                void** cookie) {
    return static_cast<uint32_t>(
        connect(FromValue<PFLT_PORT>(client_port), server_cookie,
                const_cast<void*>(context), size, cookie));
  };
  callbacks.disconnect = [disconnect](void* cookie) { disconnect(cookie); };
  if (message != nullptr) {
    callbacks.message = [message](void* cookie, const void* input,
                                  uint32_t input_length, void* output,
                                  uint32_t output_length, uint32_t* returned) {
      ULONG n = 0;
      const NTSTATUS s = message(cookie, const_cast<void*>(input), input_length,
                                 output, output_length, &n);
      *returned = n;
      return static_cast<uint32_t>(s);
    };
  }
  return callbacks;
}

}  // namespace

extern "C" {

NTSTATUS FLTAPI FltCreateCommunicationPort(
    PFLT_FILTER Filter, PFLT_PORT* ServerPort,
    POBJECT_ATTRIBUTES ObjectAttributes, PVOID ServerPortCookie,
    PFLT_CONNECT_NOTIFY ConnectNotifyCallback,
    PFLT_DISCONNECT_NOTIFY DisconnectNotifyCallback,
    PFLT_MESSAGE_NOTIFY MessageNotifyCallback, LONG MaxConnections) {
  WINEMU_API_CALL(call, api::kFltCreateCommunicationPort, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p, %p, %p, %p, %p, %d", Filter, ServerPort,
                    ObjectAttributes, ServerPortCookie, ConnectNotifyCallback,
                    DisconnectNotifyCallback, MessageNotifyCallback,
                    MaxConnections);
  fltmgr::CheckIrql(call, fltmgr::kPassiveLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  if (ServerPort == nullptr || ObjectAttributes == nullptr) {
    call.Misuse("NULL", "ServerPort and ObjectAttributes are required");
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  // The documented checks, in the order the spec records [DOC, OBS].
  if ((ObjectAttributes->Attributes & OBJ_KERNEL_HANDLE) == 0) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  if (ConnectNotifyCallback == nullptr || DisconnectNotifyCallback == nullptr ||
      MaxConnections <= 0) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  if (ObjectAttributes->ObjectName == nullptr ||
      ObjectAttributes->ObjectName->Length == 0 ||
      ObjectAttributes->ObjectName->Buffer == nullptr) {
    return call.Finish(STATUS_OBJECT_NAME_INVALID);
  }
  if (ObjectAttributes->RootDirectory != nullptr) {
    call.Unmodelled("a port name relative to RootDirectory");
    return call.Finish(STATUS_NOT_SUPPORTED);
  }
  fltmgr::PortOptions options;
  options.name = FromUnicodeString(*ObjectAttributes->ObjectName);
  options.case_insensitive =
      (ObjectAttributes->Attributes & OBJ_CASE_INSENSITIVE) != 0;
  if (const void* sd = ObjectAttributes->SecurityDescriptor) {
    if (api::IsDefaultSecurityDescriptor(sd)) {
      options.security.admins_only = true;
    } else {
      // A descriptor the driver built itself is not evaluated [INF].
      call.Unmodelled(
          "a security descriptor not built by "
          "FltBuildDefaultSecurityDescriptor (the port admits everyone)");
    }
  }
  options.cookie = ServerPortCookie;
  options.callbacks = WrapCallbacks(
      ConnectNotifyCallback, DisconnectNotifyCallback, MessageNotifyCallback);
  options.max_connections = MaxConnections;
  uint64_t port = 0;
  const fltmgr::Result r =
      Engine(call).CreatePort(call, Value(Filter), std::move(options), &port);
  if (r.ok()) *ServerPort = FromValue<PFLT_PORT>(port);
  return call.Finish(NtStatusFrom(r));
}

VOID FLTAPI FltCloseCommunicationPort(PFLT_PORT ServerPort) {
  WINEMU_API_CALL(call, api::kFltCloseCommunicationPort, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p", ServerPort);
  fltmgr::CheckIrql(call, fltmgr::kPassiveLevel);
  if (ServerPort == nullptr) {
    // Undefined on Windows; ignored with a report [INF].
    call.Misuse("NULL", "ServerPort is required");
  } else {
    Engine(call).ClosePort(call, Value(ServerPort));
  }
  call.FinishVoid();
}

VOID FLTAPI FltCloseClientPort(PFLT_FILTER Filter, PFLT_PORT* ClientPort) {
  WINEMU_API_CALL(call, api::kFltCloseClientPort, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %p", Filter, ClientPort);
  fltmgr::CheckIrql(call, fltmgr::kPassiveLevel);
  if (ClientPort == nullptr) {
    call.Misuse("NULL", "ClientPort (the variable's address) is required");
    call.FinishVoid();
    return;
  }
  // A bad Filter is reported; the port is closed all the same [INF].
  Engine(call).LookupFilter(call, Value(Filter));
  Engine(call).CloseClientPort(call, Value(Filter),
                               reinterpret_cast<void**>(ClientPort));
  call.FinishVoid();
}

NTSTATUS FLTAPI FltSendMessage(PFLT_FILTER Filter, PFLT_PORT* ClientPort,
                               PVOID SenderBuffer, ULONG SenderBufferLength,
                               PVOID ReplyBuffer, PULONG ReplyLength,
                               PLARGE_INTEGER Timeout) {
  WINEMU_API_CALL(call, api::kFltSendMessage, CallMode::kKernel);
  WINEMU_TRACE_ARGS(call, "%p, %p, %p, %u, %p, %p, %p", Filter, ClientPort,
                    SenderBuffer, SenderBufferLength, ReplyBuffer, ReplyLength,
                    Timeout);
  fltmgr::CheckIrql(call, fltmgr::kApcLevel);
  if (call.injected()) return call.Finish((NTSTATUS)*call.injected());
  if (ClientPort == nullptr || SenderBuffer == nullptr ||
      (ReplyBuffer != nullptr && ReplyLength == nullptr)) {
    call.Misuse("NULL",
                "ClientPort and SenderBuffer are required, and ReplyLength "
                "with ReplyBuffer");
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  if (Engine(call).LookupFilter(call, Value(Filter)) == nullptr) {
    return call.Finish(STATUS_INVALID_PARAMETER);
  }
  const bool wants_reply = ReplyBuffer != nullptr;
  std::vector<uint8_t> reply;
  const fltmgr::Result r = Engine(call).SendMessage(
      call, Value(Filter), reinterpret_cast<void* const*>(ClientPort),
      SenderBuffer, SenderBufferLength, wants_reply,
      wants_reply ? *ReplyLength : 0, DeadlineFrom(call, Timeout), &reply);
  if (wants_reply && (r.status == fltmgr::Status::kOk ||
                      r.status == fltmgr::Status::kBufferOverflow)) {
    // The payload without the FILTER_REPLY_HEADER; what fits.
    if (!reply.empty()) std::memcpy(ReplyBuffer, reply.data(), reply.size());
    *ReplyLength = static_cast<ULONG>(reply.size());
  }
  return call.Finish(NtStatusFrom(r));
}

}  // extern "C"
