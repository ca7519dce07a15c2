// Copyright winemu authors.
#include "emu/wfd/service.h"

#include <algorithm>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace winemu::wfd {

const ObjectType kClientType = {"Wi-Fi Direct client handle", "WFDCloseHandle",
                                false};
const ObjectType kSessionType = {"Wi-Fi Direct session", "WFDCloseSession",
                                 false};

void Client::OnClose(CloseReason reason) {
  service_.OnClientClose(*this, reason);
}

void Session::OnClose(CloseReason reason) {
  service_.OnSessionClose(*this, reason);
}

namespace {

// The clients whose completion callbacks are running on this thread
// (innermost last). WFDCloseHandle consults it so that a close from inside
// one of the client's own callbacks does not wait for itself.
thread_local std::vector<const Client*> t_in_callback;

class CallbackScope {
 public:
  explicit CallbackScope(const Client* client) {
    t_in_callback.push_back(client);
  }
  ~CallbackScope() { t_in_callback.pop_back(); }
};

bool InCallbackOf(const Client* client) {
  return std::find(t_in_callback.begin(), t_in_callback.end(), client) !=
         t_in_callback.end();
}

std::string HandleText(uint64_t handle) {
  return absl::StrFormat("0x%x", handle);
}

}  // namespace

WfdService::WfdService(Emulator& emu) : emu_(emu) {}

WfdService::~WfdService() {
  // Break the client <-> session ownership cycles of whatever is left (a
  // client whose pending open was dropped by the queue's shutdown).
  std::vector<std::shared_ptr<Client>> clients;
  std::vector<std::shared_ptr<Session>> sessions;
  {
    MutexLock lock(&mu_);
    clients.swap(clients_);
    for (auto& client : clients) {
      for (auto& s : client->sessions_) sessions.push_back(std::move(s));
      client->sessions_.clear();
    }
  }
}

// ---- helpers ----

Status WfdService::ServiceStateLocked() const {
  if (!autoconfig_running_) return Status::kServiceNotActive;
  if (disabled_by_policy_) return Status::kDisabledByPolicy;
  return Status::kOk;
}

Guid WfdService::NextInterfaceGuidLocked(const MacAddress& mac,
                                         const Device* device) {
  if (device != nullptr && device->options.interface_guid.has_value()) {
    return *device->options.interface_guid;
  }
  // A fresh interface per session: a counter, "WFD", and the peer address.
  Guid guid;
  guid.data1 = next_interface_++;
  guid.data2 = 0x5746;  // "WF"
  guid.data3 = 0x4400;  // "D"
  guid.data4 = {0x80, 0x00, mac[0], mac[1], mac[2], mac[3], mac[4], mac[5]};
  return guid;
}

void WfdService::SetStateLocked(Session& session, SessionState state) {
  session.state_ = state;
  auto it = infos_.find(session.handle());
  if (it != infos_.end()) it->second.state = state;
}

void WfdService::ForgetSessionLocked(Session& session) {
  auto& list = session.client_->sessions_;
  list.erase(std::remove_if(list.begin(), list.end(),
                            [&](const std::shared_ptr<Session>& s) {
                              return s.get() == &session;
                            }),
             list.end());
}

void WfdService::TraceNote(ProcessId process, std::string what,
                           std::string detail) {
  Trace& trace = emu_.trace();
  if (!trace.enabled()) return;
  trace.Record({TraceEvent::Kind::kNote, trace.NextSeq(), emu_.clock().Now(),
                process, CurrentThreadTraceId(), std::move(what),
                std::move(detail), ""});
}

namespace {

Status BadHandle(ApiCall& call, uint64_t handle, HandleStatus status,
                 const char* what) {
  if (status == HandleStatus::kNull) return Status::kNullHandle;
  // Stale and other-process handles are client bugs worth a report; a value
  // never issued is what ERROR_INVALID_HANDLE documents.
  if (status == HandleStatus::kClosed ||
      status == HandleStatus::kOtherProcess) {
    call.Misuse(HandleText(handle),
                absl::StrCat(HandleStatusName(status), " passed as a ", what,
                             " handle"));
  }
  return Status::kBadHandle;
}

}  // namespace

Status WfdService::LookupClient(ApiCall& call, uint64_t handle,
                                std::shared_ptr<Client>* client) {
  auto found =
      emu_.handles().Lookup<Client>(handle, call.process().id(), &kClientType);
  if (!found.ok()) {
    return BadHandle(call, handle, found.status, "Wi-Fi Direct client");
  }
  *client = std::move(found.object);
  return Status::kOk;
}

Status WfdService::LookupSession(ApiCall& call, uint64_t handle,
                                 std::shared_ptr<Session>* session) {
  auto found = emu_.handles().Lookup<Session>(handle, call.process().id(),
                                              &kSessionType);
  if (!found.ok()) {
    return BadHandle(call, handle, found.status, "Wi-Fi Direct session");
  }
  *session = std::move(found.object);
  return Status::kOk;
}

// ---- client handles ----

Status WfdService::OpenClient(ApiCall& call, uint64_t* client_handle) {
  auto client = std::make_shared<Client>(*this, call.process().id());
  {
    MutexLock lock(&mu_);
    // [INF] A stopped AutoConfig service cannot hand out handles. Group
    // policy is enforced when a session is opened (where it is documented).
    if (!autoconfig_running_) return Status::kServiceNotActive;
    if (open_clients_ >= handle_limit_) return Status::kHandleLimit;
    ++open_clients_;
    clients_.push_back(client);
  }
  const uint64_t handle = emu_.handles().Insert(call.process().id(), client,
                                                "WFDOpenHandle", call.seq());
  client->handle_.store(handle, std::memory_order_release);
  *client_handle = handle;
  return Status::kOk;
}

Status WfdService::CloseClient(ApiCall& call, uint64_t client_handle) {
  auto removed = emu_.handles().Remove<Client>(
      client_handle, call.process().id(), &kClientType);
  if (!removed.ok()) {
    return BadHandle(call, client_handle, removed.status,
                     "Wi-Fi Direct client");
  }
  removed.object->Close(CloseReason::kExplicit);
  return Status::kOk;
}

void WfdService::OnClientClose(Client& client, CloseReason reason) {
  bool wait = false;
  bool finish = false;
  std::vector<std::shared_ptr<Session>> released;
  std::shared_ptr<Client> forgotten;
  {
    MutexLock lock(&mu_);
    if (!client.closing_) {
      client.closing_ = true;
      --open_clients_;
    }
    if (reason == CloseReason::kTeardown) {
      // The queue is shut down: nothing will complete; just let go.
      released.swap(client.sessions_);
      for (auto& c : clients_) {
        if (c.get() == &client) forgotten = std::move(c);
      }
      clients_.erase(std::remove(clients_.begin(), clients_.end(), nullptr),
                     clients_.end());
    } else if (reason == CloseReason::kExplicit && !InCallbackOf(&client)) {
      // [DOC] WFDCloseHandle waits until pending WFDStartOpenSession calls
      // on this handle complete (their callbacks have run).
      wait = true;
    } else if (client.pending_opens_ > 0) {
      // [INF] Called from one of this client's own completion callbacks
      // (waiting would wait for itself), or the process exited: return at
      // once; the handle is already dead, and the last pending open to
      // complete closes the client's sessions. Every started open still
      // delivers its one callback (none to a dead process).
      client.close_deferred_ = true;
    } else {
      finish = true;
    }
  }
  if (wait) {
    WaitForPendingOpens(client);
    finish = true;
  }
  if (finish) FinishClientClose(client);
}

void WfdService::OnProcessExit(Process& process) {
  // [INF] Once TerminateProcess returns, no callback of the process runs:
  // wait for those already past the liveness check, unless this thread is
  // running one of them (a callback that ended its own process).
  for (const Client* c : t_in_callback) {
    if (c->owner() == process.id()) return;
  }
  MutexLock lock(&mu_);
  while (running_callbacks_.contains(process.id())) {
    callbacks_cv_.Wait(&mu_);
  }
}

void WfdService::WaitForPendingOpens(Client& client) {
  const bool deterministic =
      emu_.queue().mode() == WorkQueue::Mode::kDeterministic;
  while (true) {
    std::vector<std::pair<std::shared_ptr<Session>, WorkQueue::TaskId>>
        takeable;
    {
      MutexLock lock(&mu_);
      if (client.pending_opens_ == 0) return;
      const absl::Time now = emu_.clock().Now();
      for (const auto& s : client.sessions_) {
        // Deterministic mode: nobody else pumps the queue, so the blocked
        // caller completes its own opens on its thread (as if the
        // connection time had passed while it was blocked). Threaded mode:
        // only completions already due, so a close called on a worker
        // thread cannot starve waiting for a busy queue.
        if (s->state_ == SessionState::kOpening && s->completion_task_ != 0 &&
            (deterministic || s->due_ <= now)) {
          takeable.emplace_back(s, s->completion_task_);
        }
      }
    }
    bool ran = false;
    for (auto& [session, task] : takeable) {
      if (!emu_.queue().Cancel(task)) continue;  // running elsewhere
      RunCompletion(*session);
      ran = true;
    }
    if (ran) continue;
    MutexLock lock(&mu_);
    if (client.pending_opens_ == 0) return;
    pending_cv_.WaitWithTimeout(&mu_, absl::Milliseconds(5));
  }
}

void WfdService::FinishClientClose(Client& client) {
  std::vector<std::shared_ptr<Session>> sessions;
  {
    MutexLock lock(&mu_);
    sessions = client.sessions_;
  }
  // [INF] Closing the client handle closes its sessions the way
  // WFDCloseSession does: their handles die now, disconnects are queued.
  for (const auto& s : sessions) {
    auto removed =
        emu_.handles().Remove<Session>(s->handle(), s->owner(), &kSessionType);
    if (removed.ok()) removed.object->Close(CloseReason::kExplicit);
  }
  std::vector<std::shared_ptr<Session>> released;
  std::shared_ptr<Client> forgotten;
  {
    MutexLock lock(&mu_);
    released.swap(client.sessions_);
    for (auto& c : clients_) {
      if (c.get() == &client) forgotten = std::move(c);
    }
    clients_.erase(std::remove(clients_.begin(), clients_.end(), nullptr),
                   clients_.end());
  }
  // `released` and `forgotten` go out of scope with no lock held.
}

// ---- asynchronous open ----

OpenResult WfdService::EvaluateOpenLocked(const MacAddress& mac) {
  OpenResult result;
  result.status = ServiceStateLocked();
  if (result.status != Status::kOk) return result;
  auto it = devices_.find(mac);
  if (it == devices_.end() || !it->second.options.paired) {
    // [INF] An unknown or unpaired address fails through the callback.
    result.status = Status::kDeviceNotFound;
    return result;
  }
  const DeviceOptions& d = it->second.options;
  if (!d.reachable) {
    result.status = Status::kConnectionFailed;
    result.failure_code = d.failure_code;
    result.reason_code = d.reason_code;
    return result;
  }
  result.interface_guid = NextInterfaceGuidLocked(mac, &it->second);
  return result;
}

Status WfdService::StartOpen(ApiCall& call, uint64_t client_handle,
                             const MacAddress& device, OpenCallback callback,
                             absl::FunctionRef<void(uint64_t)> publish_handle) {
  std::shared_ptr<Client> client;
  Status status = LookupClient(call, client_handle, &client);
  if (status != Status::kOk) return status;
  absl::Duration delay = absl::ZeroDuration();
  {
    MutexLock lock(&mu_);
    status = ServiceStateLocked();
    if (status != Status::kOk) return status;
    auto it = devices_.find(device);
    if (it != devices_.end()) delay = it->second.options.connection_time;
  }
  const ProcessId pid = call.process().id();
  auto session = std::make_shared<Session>(*this, client, pid, device,
                                           /*legacy=*/false);
  const uint64_t handle =
      emu_.handles().Insert(pid, session, "WFDStartOpenSession", call.seq());
  session->handle_.store(handle, std::memory_order_release);
  bool refused = false;
  {
    MutexLock lock(&mu_);
    // A concurrent WFDCloseHandle got there first, or the process exited.
    refused = client->closing_ || session->state_ != SessionState::kOpening;
    if (!refused) {
      ++client->pending_opens_;
      client->sessions_.push_back(session);
      session->callback_ = std::move(callback);
      session->due_ = emu_.clock().Now() + delay;
      SessionInfo& info = infos_[handle];
      info.handle = handle;
      info.client_handle = client_handle;
      info.device = device;
      info.state = SessionState::kOpening;
    }
  }
  if (refused) {
    emu_.handles().Remove<Session>(handle, pid, &kSessionType);
    return Status::kBadHandle;
  }
  publish_handle(handle);
  // From here on, exactly one RunCompletion per start (see objects.h).
  const WorkQueue::TaskId task = emu_.queue().Post(
      "WFDStartOpenSession completion",
      [this, session] { RunCompletion(*session); }, delay);
  MutexLock lock(&mu_);
  if (session->state_ == SessionState::kOpening) {
    session->completion_task_ = task;
  }
  return Status::kOk;
}

void WfdService::RunCompletion(Session& session) {
  OpenCallback callback;
  OpenResult result;
  bool completed = false;
  {
    MutexLock lock(&mu_);
    session.completion_task_ = 0;
    if (session.state_ == SessionState::kOpening) {
      completed = true;
      if (session.cancel_requested_) {
        // [INF] A cancel that wins the race reports ERROR_CANCELLED.
        result.status = Status::kCancelled;
      } else {
        result = EvaluateOpenLocked(session.device_);
      }
      session.interface_guid_ = result.interface_guid;
      SetStateLocked(session, result.status == Status::kOk
                                  ? SessionState::kOpen
                                  : SessionState::kFailed);
      SessionInfo& info = infos_[session.handle()];
      info.open_status = result.status;
      info.interface_guid = result.interface_guid;
      callback = std::move(session.callback_);
    }
  }
  if (completed) {
    TraceNote(session.owner(), "WFDStartOpenSession completion",
              absl::StrCat(HandleText(session.handle()), ": ",
                           StatusName(result.status)));
    // No callbacks into a process that is gone. Checked under mu_ and
    // counted, so OnProcessExit can wait for a callback that passed it.
    Process* process = emu_.FindProcess(session.owner());
    bool deliver = false;
    {
      MutexLock lock(&mu_);
      deliver = process != nullptr && process->alive() && callback;
      if (deliver) {
        ++infos_[session.handle()].callbacks_delivered;
        ++running_callbacks_[session.owner()];
      }
    }
    if (deliver) {
      {
        ScopedProcess as(*process);
        CallbackScope scope(session.client_.get());
        callback(session.handle(), result);
      }
      MutexLock lock(&mu_);
      if (--running_callbacks_[session.owner()] == 0) {
        running_callbacks_.erase(session.owner());
        callbacks_cv_.SignalAll();
      }
    }
    callback = nullptr;
  }
  // The open is over for the client, callback included.
  Client& client = *session.client_;
  bool finish = false;
  {
    MutexLock lock(&mu_);
    if (--client.pending_opens_ == 0) {
      pending_cv_.SignalAll();
      finish = client.close_deferred_;
      client.close_deferred_ = false;
    }
  }
  if (finish) FinishClientClose(client);
}

Status WfdService::CancelOpen(ApiCall& call, uint64_t session_handle) {
  std::shared_ptr<Session> session;
  Status status = LookupSession(call, session_handle, &session);
  if (status != Status::kOk) return status;
  WorkQueue::TaskId task = 0;
  {
    MutexLock lock(&mu_);
    // [INF] After completion, a second cancel, or a legacy session: no
    // effect, ERROR_SUCCESS.
    if (session->state_ != SessionState::kOpening ||
        session->cancel_requested_) {
      return Status::kOk;
    }
    session->cancel_requested_ = true;
    infos_[session_handle].cancel_requested = true;
    task = session->completion_task_;
  }
  // [DOC] The callback still comes. [INF] A cancelled open completes at
  // once rather than after the device's connection time: pull the queued
  // completion forward. If the task already started, it sees the cancel or
  // not (whichever wins decides dwError); either way one callback.
  if (task != 0 && emu_.queue().Cancel(task)) {
    {
      MutexLock lock(&mu_);
      if (session->completion_task_ == task) session->completion_task_ = 0;
    }
    const WorkQueue::TaskId again =
        emu_.queue().Post("WFDStartOpenSession completion (cancelled)",
                          [this, session] { RunCompletion(*session); });
    MutexLock lock(&mu_);
    if (session->state_ == SessionState::kOpening) {
      session->completion_task_ = again;
    }
  }
  return Status::kOk;
}

// ---- legacy sessions ----

Status WfdService::OpenLegacy(ApiCall& call, uint64_t client_handle,
                              const MacAddress& device,
                              uint64_t* session_handle, Guid* interface_guid,
                              OpenResult* failure) {
  std::shared_ptr<Client> client;
  Status status = LookupClient(call, client_handle, &client);
  if (status != Status::kOk) return status;
  const ProcessId pid = call.process().id();
  auto session =
      std::make_shared<Session>(*this, client, pid, device, /*legacy=*/true);
  {
    MutexLock lock(&mu_);
    // [INF] The same service checks as an asynchronous open, synchronously;
    // the device's connection time is not modelled for legacy sessions.
    status = ServiceStateLocked();
    if (status != Status::kOk) return status;
    auto it = devices_.find(device);
    if (it == devices_.end() || !it->second.options.legacy_paired) {
      return Status::kDeviceNotFound;  // [INF] ERROR_NOT_FOUND
    }
    if (!it->second.options.reachable) {
      failure->status = Status::kConnectionFailed;
      failure->failure_code = it->second.options.failure_code;
      failure->reason_code = it->second.options.reason_code;
      return Status::kConnectionFailed;
    }
    session->state_ = SessionState::kOpen;
    session->interface_guid_ = NextInterfaceGuidLocked(device, &it->second);
  }
  const uint64_t handle =
      emu_.handles().Insert(pid, session, "WFDOpenLegacySession", call.seq());
  session->handle_.store(handle, std::memory_order_release);
  bool refused = false;
  {
    MutexLock lock(&mu_);
    refused = client->closing_ || session->state_ != SessionState::kOpen;
    if (!refused) {
      client->sessions_.push_back(session);
      SessionInfo& info = infos_[handle];
      info.handle = handle;
      info.client_handle = client_handle;
      info.device = device;
      info.legacy = true;
      info.state = SessionState::kOpen;
      info.open_status = Status::kOk;
      info.interface_guid = session->interface_guid_;
    }
  }
  if (refused) {
    emu_.handles().Remove<Session>(handle, pid, &kSessionType);
    return Status::kBadHandle;
  }
  *session_handle = handle;
  *interface_guid = session->interface_guid_;
  return Status::kOk;
}

// ---- closing sessions ----

Status WfdService::CloseSession(ApiCall& call, uint64_t session_handle) {
  std::shared_ptr<Session> session;
  Status status = LookupSession(call, session_handle, &session);
  if (status != Status::kOk) return status;
  {
    MutexLock lock(&mu_);
    // [DOC] ERROR_INVALID_STATE when group policy disables Wi-Fi Direct.
    if (disabled_by_policy_) return Status::kDisabledByPolicy;
    // [DOC] A pending open is not closed. [INF] ERROR_INVALID_STATE; the
    // callback still comes, and a close after it succeeds.
    if (session->state_ == SessionState::kOpening) {
      return Status::kOpenPending;
    }
  }
  auto removed = emu_.handles().Remove<Session>(
      session_handle, call.process().id(), &kSessionType);
  if (!removed.ok()) {
    return BadHandle(call, session_handle, removed.status,
                     "Wi-Fi Direct session");
  }
  removed.object->Close(CloseReason::kExplicit);
  return Status::kOk;
}

void WfdService::OnSessionClose(Session& session, CloseReason reason) {
  OpenCallback dropped;
  WorkQueue::TaskId take = 0;
  bool queue_disconnect = false;
  {
    MutexLock lock(&mu_);
    switch (session.state_) {
      case SessionState::kOpening:
        // Process exit (or teardown) abandons the open: the callback is
        // never delivered to a process that is gone.
        dropped = std::move(session.callback_);
        take = session.completion_task_;
        session.completion_task_ = 0;
        SetStateLocked(session, SessionState::kClosed);
        ForgetSessionLocked(session);
        break;
      case SessionState::kOpen:
        if (reason == CloseReason::kExplicit) {
          // [DOC] The close is queued as a future work item: until it runs
          // the session is still connected.
          SetStateLocked(session, SessionState::kClosing);
          queue_disconnect = true;
        } else {
          SetStateLocked(session, SessionState::kClosed);
          ForgetSessionLocked(session);
        }
        break;
      case SessionState::kFailed:
      case SessionState::kClosing:
        // [INF] A failed open has no link to tear down: closed at once.
        SetStateLocked(session, SessionState::kClosed);
        ForgetSessionLocked(session);
        break;
      case SessionState::kClosed:
        break;
    }
  }
  dropped = nullptr;
  // Whoever takes the completion off the queue runs it (no callback now:
  // the session is closed), so the client's pending count stays right.
  if (take != 0 && emu_.queue().Cancel(take)) RunCompletion(session);
  if (queue_disconnect) {
    std::shared_ptr<Session> self = session.shared_from_this();
    emu_.queue().Post("WFDCloseSession disconnect",
                      [this, self] { Disconnect(*self); });
  }
}

void WfdService::Disconnect(Session& session) {
  {
    MutexLock lock(&mu_);
    if (session.state_ != SessionState::kClosing) return;
    SetStateLocked(session, SessionState::kClosed);
    ForgetSessionLocked(session);
  }
  TraceNote(session.owner(), "WFDCloseSession disconnect",
            HandleText(session.handle()));
}

// ---- visibility ----

Status WfdService::UpdateVisibility(ApiCall& call, const MacAddress& device) {
  MutexLock lock(&mu_);
  if (!autoconfig_running_) return Status::kServiceNotActive;  // [INF]
  auto it = devices_.find(device);
  if (it == devices_.end() ||
      !(it->second.options.paired || it->second.options.legacy_paired)) {
    return Status::kDeviceNotFound;  // [INF] no device node: ERROR_NOT_FOUND
  }
  // [INF] The targeted discovery completes before the call returns.
  it->second.visible_property = it->second.options.visible;
  return Status::kOk;
}

// ---- control ----

void WfdService::AddDevice(const MacAddress& mac, DeviceOptions options) {
  MutexLock lock(&mu_);
  devices_[mac] = Device{std::move(options), std::nullopt};
}

bool WfdService::UpdateDevice(
    const MacAddress& mac, const std::function<void(DeviceOptions&)>& change) {
  MutexLock lock(&mu_);
  auto it = devices_.find(mac);
  if (it == devices_.end()) return false;
  change(it->second.options);
  return true;
}

bool WfdService::RemoveDevice(const MacAddress& mac) {
  MutexLock lock(&mu_);
  return devices_.erase(mac) == 1;
}

std::optional<DeviceOptions> WfdService::GetDevice(
    const MacAddress& mac) const {
  MutexLock lock(&mu_);
  auto it = devices_.find(mac);
  if (it == devices_.end()) return std::nullopt;
  return it->second.options;
}

std::optional<bool> WfdService::VisibleProperty(const MacAddress& mac) const {
  MutexLock lock(&mu_);
  auto it = devices_.find(mac);
  if (it == devices_.end()) return std::nullopt;
  return it->second.visible_property;
}

void WfdService::SetAutoConfigRunning(bool running) {
  MutexLock lock(&mu_);
  autoconfig_running_ = running;
}

void WfdService::SetDisabledByPolicy(bool disabled) {
  MutexLock lock(&mu_);
  disabled_by_policy_ = disabled;
}

void WfdService::SetHandleLimit(int limit) {
  MutexLock lock(&mu_);
  handle_limit_ = limit;
}

std::optional<SessionInfo> WfdService::GetSession(
    uint64_t session_handle) const {
  MutexLock lock(&mu_);
  auto it = infos_.find(session_handle);
  if (it == infos_.end()) return std::nullopt;
  return it->second;
}

std::vector<SessionInfo> WfdService::Sessions() const {
  std::vector<SessionInfo> out;
  {
    MutexLock lock(&mu_);
    for (const auto& [handle, info] : infos_) out.push_back(info);
  }
  std::sort(out.begin(), out.end(),
            [](const SessionInfo& a, const SessionInfo& b) {
              return a.handle < b.handle;
            });
  return out;
}

int WfdService::ConnectedSessions(const MacAddress& mac) const {
  MutexLock lock(&mu_);
  int n = 0;
  for (const auto& [handle, info] : infos_) {
    if (info.device == mac && (info.state == SessionState::kOpen ||
                               info.state == SessionState::kClosing)) {
      ++n;
    }
  }
  return n;
}

int WfdService::OpenClients() const {
  MutexLock lock(&mu_);
  return open_clients_;
}

int WfdService::PendingOpens() const {
  MutexLock lock(&mu_);
  int n = 0;
  for (const auto& [handle, info] : infos_) {
    n += info.state == SessionState::kOpening ? 1 : 0;
  }
  return n;
}

int WfdService::QueuedCloses() const {
  MutexLock lock(&mu_);
  int n = 0;
  for (const auto& [handle, info] : infos_) {
    n += info.state == SessionState::kClosing ? 1 : 0;
  }
  return n;
}

}  // namespace winemu::wfd
