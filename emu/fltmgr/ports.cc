// Copyright winemu authors.
#include "emu/fltmgr/ports.h"

#include "emu/fltmgr/filter_manager.h"
#include "emu/fltmgr/irql.h"

namespace winemu::fltmgr {

const ObjectType kServerPortType = {"filter communication server port",
                                    "FltCloseCommunicationPort", false};
const ObjectType kClientPortType = {"filter communication client port",
                                    "FltCloseClientPort", false};
const ObjectType kUserPortType = {"filter communication port", "CloseHandle",
                                  true};

ServerPort::ServerPort(FilterManager* manager, std::shared_ptr<Filter> filter,
                       std::wstring name, bool case_insensitive,
                       PortSecurity security, void* cookie,
                       PortCallbacks callbacks, int32_t max_connections)
    : Object(kServerPortType),
      manager_(manager),
      filter_(std::move(filter)),
      name_(std::move(name)),
      case_insensitive_(case_insensitive),
      security_(security),
      cookie_(cookie),
      callbacks_(std::move(callbacks)),
      max_connections_(max_connections) {}

bool ServerPort::TakeSlot() {
  MutexLock lock(&mu_);
  if (connections_ >= max_connections_) return false;
  ++connections_;
  return true;
}

void ServerPort::ReleaseSlot() {
  MutexLock lock(&mu_);
  --connections_;
}

int ServerPort::connections() const {
  MutexLock lock(&mu_);
  return connections_;
}

void ServerPort::OnClose(CloseReason reason) { manager_->Unpublish(this); }

Link::Link(std::shared_ptr<ServerPort> server, Clock* clock)
    : server_(std::move(server)), connection_(clock) {}

void Link::Finish(Connection::Ending how, bool complete_overlapped) {
  if (!connection_.End(how, complete_overlapped)) return;
  const bool notify = how == Connection::Ending::kUserClosed ||
                      how == Connection::Ending::kUnload;
  if (notify && server_->callbacks().disconnect) {
    ScopedIrql passive(kPassiveLevel);
    server_->callbacks().disconnect(cookie_);
  }
  // Only now: with MaxConnections 1 a new client is admitted after
  // DisconnectNotify returned [OBS scanner sample].
  server_->ReleaseSlot();
}

void ClientPort::OnClose(CloseReason reason) {
  link_->Finish(reason == CloseReason::kTeardown
                    ? Connection::Ending::kTeardown
                    : Connection::Ending::kKernelClosed,
                reason != CloseReason::kTeardown);
}

void UserPort::OnClose(CloseReason reason) {
  switch (reason) {
    case CloseReason::kExplicit:
      link_->Finish(Connection::Ending::kUserClosed, true);
      break;
    case CloseReason::kProcessExit:
      // The process's memory is gone: pending reads are dropped, not
      // completed; DisconnectNotify still runs.
      link_->Finish(Connection::Ending::kUserClosed, false);
      break;
    case CloseReason::kTeardown:
      link_->Finish(Connection::Ending::kTeardown, false);
      break;
  }
}

}  // namespace winemu::fltmgr
