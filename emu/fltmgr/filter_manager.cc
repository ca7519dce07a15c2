// Copyright winemu authors.
#include "emu/fltmgr/filter_manager.h"

#include <algorithm>
#include <cwctype>

#include "absl/strings/str_format.h"
#include "emu/fltmgr/irql.h"

namespace winemu::fltmgr {

const ObjectType kFilterType = {"minifilter", "FltUnregisterFilter", false};

namespace {

std::string HandleText(uint64_t value) {
  return absl::StrFormat("0x%x", value);
}

void ReportBadHandle(const ApiCall& call, uint64_t value, HandleStatus status,
                     const char* what) {
  call.Misuse(HandleText(value),
              absl::StrFormat("%s is %s", what, HandleStatusName(status)));
}

// For reports: the name with non-ASCII characters as '?'.
std::string Narrow(const std::wstring& w) {
  std::string out;
  for (wchar_t c : w)
    out.push_back(c > 0 && c < 0x80 ? static_cast<char>(c) : '?');
  return out;
}

bool SameName(const std::wstring& a, const std::wstring& b,
              bool case_insensitive) {
  if (a.size() != b.size()) return false;
  if (!case_insensitive) return a == b;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::towupper(a[i]) != std::towupper(b[i])) return false;
  }
  return true;
}

}  // namespace

void Filter::AddPort(std::weak_ptr<ServerPort> port) {
  MutexLock lock(&mu_);
  ports_.erase(std::remove_if(ports_.begin(), ports_.end(),
                              [](const std::weak_ptr<ServerPort>& p) {
                                auto locked = p.lock();
                                return !locked || locked->closed();
                              }),
               ports_.end());
  ports_.push_back(std::move(port));
}

void Filter::AddLink(std::weak_ptr<Link> link) {
  MutexLock lock(&mu_);
  // Drop the connections that are gone, so a long-lived filter stays small.
  links_.erase(
      std::remove_if(links_.begin(), links_.end(),
                     [](const std::weak_ptr<Link>& l) { return l.expired(); }),
      links_.end());
  links_.push_back(std::move(link));
}

std::vector<std::shared_ptr<ServerPort>> Filter::OpenPorts() {
  std::vector<std::shared_ptr<ServerPort>> out;
  MutexLock lock(&mu_);
  for (auto& weak : ports_) {
    if (auto p = weak.lock(); p && !p->closed()) out.push_back(std::move(p));
  }
  return out;
}

std::vector<std::shared_ptr<Link>> Filter::Links() {
  std::vector<std::shared_ptr<Link>> out;
  MutexLock lock(&mu_);
  for (auto& weak : links_) {
    if (auto l = weak.lock()) out.push_back(std::move(l));
  }
  return out;
}

FilterManager::FilterManager(Emulator& emu) : emu_(emu) {}

std::vector<std::shared_ptr<Link>> FilterManager::LiveConnections() {
  std::vector<std::shared_ptr<Filter>> filters;
  {
    MutexLock lock(&mu_);
    for (auto& [driver, weak] : filters_) {
      if (auto f = weak.lock()) filters.push_back(std::move(f));
    }
  }
  std::vector<std::shared_ptr<Link>> out;
  for (auto& f : filters) {
    for (auto& link : f->Links()) {
      if (!link->connection().ended()) out.push_back(std::move(link));
    }
  }
  return out;
}

FilterManager::~FilterManager() = default;

std::shared_ptr<Filter> FilterManager::LookupFilter(const ApiCall& call,
                                                    uint64_t filter) {
  auto found =
      emu_.handles().Lookup<Filter>(filter, kSystemProcessId, &kFilterType);
  if (!found.ok()) {
    ReportBadHandle(call, filter, found.status, "the PFLT_FILTER");
    return nullptr;
  }
  return found.object;
}

Result FilterManager::RegisterFilter(const ApiCall& call, const void* driver,
                                     FilterCallbacks callbacks,
                                     uint64_t* filter) {
  auto object = std::make_shared<Filter>(driver, std::move(callbacks));
  {
    MutexLock lock(&mu_);
    for (auto& [d, weak] : filters_) {
      auto f = weak.lock();
      // A driver registers one filter; a second registration is refused
      // [INF: STATUS_FLT_REGISTRATION_BUSY, the spec's recommendation].
      if (d == driver && f && !f->closed()) return {Status::kRegistrationBusy};
    }
    filters_.erase(std::remove_if(filters_.begin(), filters_.end(),
                                  [](const auto& e) {
                                    auto f = e.second.lock();
                                    return !f || f->closed();
                                  }),
                   filters_.end());
    filters_.emplace_back(driver, object);
  }
  *filter = emu_.handles().Insert(kSystemProcessId, object, call.api().name,
                                  call.seq());
  return {};
}

Result FilterManager::StartFiltering(const ApiCall& call, uint64_t filter) {
  std::shared_ptr<Filter> f = LookupFilter(call, filter);
  if (f == nullptr) return {Status::kInvalidParameter};
  if (f->unregistering()) return {Status::kDeletingObject};
  if (!f->Start()) return {Status::kInvalidParameter};
  return {};
}

void FilterManager::UnregisterFilter(const ApiCall& call, uint64_t filter) {
  // The filter stays valid while FltMgr tears it down: DisconnectNotify may
  // call FltCloseClientPort with it.
  std::shared_ptr<Filter> f = LookupFilter(call, filter);
  if (f == nullptr) return;
  if (!f->begin_unregistering()) {
    call.Misuse(HandleText(filter), "FltUnregisterFilter is already running");
    return;
  }
  for (auto& port : f->OpenPorts()) {
    call.Misuse(absl::StrFormat("server port %s", Narrow(port->name())),
                "FltUnregisterFilter with the server port still open (on "
                "Windows the unload can hang); close it with "
                "FltCloseCommunicationPort first");
    // Close it as if the driver had: find its handle through the table.
    for (const HandleInfo& h : emu_.handles().Live()) {
      if (h.type != &kServerPortType) continue;
      auto p = emu_.handles().Lookup<ServerPort>(h.value, kSystemProcessId,
                                                 &kServerPortType);
      if (p.ok() && p.object == port) {
        auto removed =
            emu_.handles().Remove(h.value, kSystemProcessId, &kServerPortType);
        if (removed.ok()) removed.object->Close(CloseReason::kExplicit);
      }
    }
  }
  // FltMgr closes the remaining connections: DisconnectNotify runs for each.
  for (auto& link : f->Links()) {
    link->Finish(Connection::Ending::kUnload, true);
  }
  auto removed = emu_.handles().Remove(filter, kSystemProcessId, &kFilterType);
  if (removed.ok()) removed.object->Close(CloseReason::kExplicit);
}

Result FilterManager::Unload(uint64_t filter, bool mandatory) {
  auto found =
      emu_.handles().Lookup<Filter>(filter, kSystemProcessId, &kFilterType);
  if (!found.ok()) return {Status::kInvalidHandle};
  const auto& unload = found.object->callbacks().unload;
  if (!unload) return {Status::kInvalidParameter};
  uint32_t raw;
  {
    ScopedIrql passive(kPassiveLevel);
    raw = unload(mandatory ? 1u : 0u);
  }
  if (!StatusSucceeded(raw) && !mandatory) {
    return {Status::kCallbackStatus, raw};
  }
  return {};
}

Result FilterManager::CreatePort(const ApiCall& call, uint64_t filter,
                                 PortOptions options, uint64_t* port) {
  std::shared_ptr<Filter> f = LookupFilter(call, filter);
  if (f == nullptr) return {Status::kInvalidParameter};
  if (f->unregistering()) return {Status::kDeletingObject};
  auto object = std::make_shared<ServerPort>(
      this, f, std::move(options.name), options.case_insensitive,
      options.security, options.cookie, std::move(options.callbacks),
      options.max_connections);
  {
    MutexLock lock(&mu_);
    for (auto& weak : ports_) {
      auto p = weak.lock();
      if (p && SameName(p->name(), object->name(), options.case_insensitive)) {
        return {Status::kNameCollision};
      }
    }
    ports_.push_back(object);
  }
  f->AddPort(object);
  *port = emu_.handles().Insert(kSystemProcessId, object, call.api().name,
                                call.seq());
  return {};
}

void FilterManager::ClosePort(const ApiCall& call, uint64_t port) {
  auto found = emu_.handles().Remove(port, kSystemProcessId, &kServerPortType);
  if (!found.ok()) {
    ReportBadHandle(call, port, found.status, "the server port");
    return;
  }
  found.object->Close(CloseReason::kExplicit);
}

void FilterManager::Unpublish(const ServerPort* port) {
  MutexLock lock(&mu_);
  ports_.erase(std::remove_if(ports_.begin(), ports_.end(),
                              [port](const std::weak_ptr<ServerPort>& w) {
                                auto p = w.lock();
                                return !p || p.get() == port;
                              }),
               ports_.end());
}

size_t FilterManager::published_ports() const {
  MutexLock lock(&mu_);
  return ports_.size();
}

std::shared_ptr<ServerPort> FilterManager::FindPort(const std::wstring& name) {
  MutexLock lock(&mu_);
  for (auto& weak : ports_) {
    auto p = weak.lock();
    // Matched as the port was created: case-insensitively only when it was
    // created with OBJ_CASE_INSENSITIVE [INF].
    if (p && !p->closed() && SameName(p->name(), name, p->case_insensitive())) {
      return p;
    }
  }
  return nullptr;
}

void FilterManager::CloseClientPort(const ApiCall& call, uint64_t filter,
                                    void** variable) {
  uint64_t value;
  {
    MutexLock lock(&port_variable_mu_);
    value = reinterpret_cast<uint64_t>(*variable);
    *variable = nullptr;
  }
  if (value == 0) {
    call.Misuse("NULL", "the client port variable is already NULL");
    return;
  }
  auto found = emu_.handles().Remove(value, kSystemProcessId, &kClientPortType);
  if (!found.ok()) {
    ReportBadHandle(call, value, found.status, "the client port");
    return;
  }
  found.object->Close(CloseReason::kExplicit);
}

Result FilterManager::SendMessage(const ApiCall& call, uint64_t filter,
                                  void* const* variable, const void* data,
                                  size_t length, bool wants_reply,
                                  uint32_t reply_capacity,
                                  std::optional<absl::Time> deadline,
                                  std::vector<uint8_t>* reply) {
  std::shared_ptr<Link> link;
  {
    MutexLock lock(&port_variable_mu_);
    const uint64_t value = reinterpret_cast<uint64_t>(*variable);
    if (value == 0) return {Status::kPortDisconnected};
    auto found = emu_.handles().Lookup<ClientPort>(value, kSystemProcessId,
                                                   &kClientPortType);
    if (!found.ok()) {
      ReportBadHandle(call, value, found.status, "the client port");
      return {Status::kPortDisconnected};
    }
    link = found.object->link();
  }
  return link->connection().Send(next_message_id_.fetch_add(1), data, length,
                                 wants_reply, reply_capacity, deadline, reply);
}

Result FilterManager::Connect(const ApiCall& call, const std::wstring& name,
                              const void* context, uint32_t context_size,
                              uint64_t* handle) {
  std::shared_ptr<ServerPort> server = FindPort(name);
  if (server == nullptr || server->filter()->unregistering()) {
    return {Status::kNameNotFound};
  }
  const Process& process = call.process();
  if (server->security().admins_only &&
      !(process.identity().elevated || process.is_system())) {
    return {Status::kAccessDenied};
  }
  // The limit is checked before ConnectNotify runs [INF].
  if (!server->TakeSlot()) return {Status::kConnectionLimit};

  auto link = std::make_shared<Link>(server, &emu_.clock());
  auto client = std::make_shared<ClientPort>(link);
  const uint64_t client_value = emu_.handles().Insert(
      kSystemProcessId, client, call.api().name, call.seq());
  link->set_client_port(client_value);

  void* cookie = nullptr;
  uint32_t raw = 0;
  if (server->callbacks().connect) {
    // In the connecting process's context, on its thread [OBS scanner].
    ScopedIrql passive(kPassiveLevel);
    raw = server->callbacks().connect(client_value, server->cookie(), context,
                                      context_size, &cookie);
  }
  if (!StatusSucceeded(raw)) {
    // Rejected: no DisconnectNotify for it [INF].
    auto removed =
        emu_.handles().Remove(client_value, kSystemProcessId, &kClientPortType);
    link->connection().End(Connection::Ending::kKernelClosed, false);
    server->ReleaseSlot();
    if (removed.ok()) removed.object->Close(CloseReason::kExplicit);
    return {Status::kCallbackStatus, raw};
  }
  link->set_cookie(cookie);
  server->filter()->AddLink(link);
  *handle =
      emu_.handles().Insert(process.id(), std::make_shared<UserPort>(link),
                            call.api().name, call.seq());
  return {};
}

std::shared_ptr<Link> FilterManager::LookupUserLink(const ApiCall& call,
                                                    uint64_t handle,
                                                    Status* status) {
  auto found = emu_.handles().Lookup<UserPort>(handle, call.process().id(),
                                               &kUserPortType);
  if (!found.ok()) {
    if (found.status == HandleStatus::kClosed ||
        found.status == HandleStatus::kOtherProcess) {
      ReportBadHandle(call, handle, found.status, "the port handle");
    }
    *status = Status::kInvalidHandle;
    return nullptr;
  }
  *status = Status::kOk;
  return found.object->link();
}

Result FilterManager::UserSend(const ApiCall& call, uint64_t handle,
                               const void* input, uint32_t input_length,
                               void* output, uint32_t output_length,
                               uint32_t* returned) {
  Status status;
  std::shared_ptr<Link> link = LookupUserLink(call, handle, &status);
  if (link == nullptr) return {status};
  if (link->connection().ended()) return {link->connection().EndStatus()};
  const auto& message = link->server().callbacks().message;
  if (!message) return {Status::kNoMessageNotify};
  uint32_t raw;
  {
    ScopedIrql passive(kPassiveLevel);
    raw = message(link->cookie(), input, input_length, output, output_length,
                  returned);
  }
  if (!StatusSucceeded(raw)) return {Status::kCallbackStatus, raw};
  return {};
}

Status FilterManager::UserRead(const ApiCall& call, uint64_t handle,
                               std::shared_ptr<Reader> reader) {
  Status status;
  std::shared_ptr<Link> link = LookupUserLink(call, handle, &status);
  if (link == nullptr) return status;
  return link->connection().Read(std::move(reader));
}

Status FilterManager::UserReply(const ApiCall& call, uint64_t handle,
                                uint64_t message_id, const void* payload,
                                size_t length) {
  Status status;
  std::shared_ptr<Link> link = LookupUserLink(call, handle, &status);
  if (link == nullptr) return status;
  return link->connection().Reply(message_id, payload, length);
}

Result FilterManager::CancelReads(const ApiCall& call, uint64_t handle,
                                  const void* tag, int* cancelled) {
  Status status;
  std::shared_ptr<Link> link = LookupUserLink(call, handle, &status);
  if (link == nullptr) return {status};
  *cancelled = link->connection().CancelReads(tag);
  return {};
}

}  // namespace winemu::fltmgr
