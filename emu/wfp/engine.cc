// Copyright winemu authors.
#include "emu/wfp/engine.h"

#include <algorithm>
#include <utility>

#include "emu/wfp/builtins.h"

namespace winemu::wfp {

const char* StatusName(Status status) {
  switch (status) {
    case Status::kOk:
      return "ok";
    case Status::kInvalidParameter:
      return "invalid parameter";
    case Status::kAccessDenied:
      return "access denied";
    case Status::kServiceNotRunning:
      return "service not running";
    case Status::kAlreadyExists:
      return "already exists";
    case Status::kCalloutNotFound:
      return "callout not found";
    case Status::kConditionNotFound:
      return "condition not found";
    case Status::kFilterNotFound:
      return "filter not found";
    case Status::kLayerNotFound:
      return "layer not found";
    case Status::kProviderNotFound:
      return "provider not found";
    case Status::kProviderContextNotFound:
      return "provider context not found";
    case Status::kSublayerNotFound:
      return "sublayer not found";
    case Status::kInUse:
      return "in use";
    case Status::kDynamicSessionInProgress:
      return "dynamic session in progress";
    case Status::kWrongSession:
      return "wrong session";
    case Status::kNoTxnInProgress:
      return "no transaction in progress";
    case Status::kTxnInProgress:
      return "transaction in progress";
    case Status::kTxnAborted:
      return "transaction aborted";
    case Status::kSessionAborted:
      return "session aborted";
    case Status::kIncompatibleTxn:
      return "incompatible transaction";
    case Status::kTimeout:
      return "timeout";
    case Status::kIncompatibleLayer:
      return "incompatible layer";
    case Status::kLifetimeMismatch:
      return "lifetime mismatch";
    case Status::kBuiltinObject:
      return "built-in object";
    case Status::kNullPointer:
      return "null pointer";
    case Status::kInvalidEnumerator:
      return "invalid enumerator";
    case Status::kInvalidFlags:
      return "invalid flags";
    case Status::kNullDisplayName:
      return "null display name";
    case Status::kInvalidActionType:
      return "invalid action type";
    case Status::kInvalidWeight:
      return "invalid weight";
    case Status::kMatchTypeMismatch:
      return "match type mismatch";
    case Status::kTypeMismatch:
      return "type mismatch";
    case Status::kReserved:
      return "reserved";
    case Status::kCommitFailed:
      return "commit failed";
    case Status::kInvalidHandle:
      return "invalid handle";
    case Status::kUnmodelled:
      return "unmodelled";
  }
  return "?";
}

// ---------------------------------------------------------------------------
// Objects named by handles.

const ObjectType Session::kType = {"WFP engine session", "FwpmEngineClose0",
                                   false};

Session::Session(FilterEngine& engine, uint64_t id, SessionInfo info)
    : Object(kType),
      engine_(engine),
      info_(std::move(info)),
      id_(id),
      key_(info_.key),
      process_id_(info_.process_id),
      dynamic_((info_.flags & kSessionFlagDynamic) != 0),
      txn_wait_ms_(info_.txn_wait_ms),
      kernel_mode_(info_.kernel_mode),
      may_write_(info_.may_write) {}

const PendingSet& Session::pending_view() const {
  static const PendingSet* const kNone = new PendingSet();
  return pending_ != nullptr ? *pending_ : *kNone;
}

void Session::OnClose(CloseReason reason) { engine_.EndSession(*this); }

const ObjectType EnumHandle::kSessionType = {
    "WFP session enumeration", "FwpmSessionDestroyEnumHandle0", false};
const ObjectType EnumHandle::kProviderType = {
    "WFP provider enumeration", "FwpmProviderDestroyEnumHandle0", false};
const ObjectType EnumHandle::kSublayerType = {
    "WFP sublayer enumeration", "FwpmSubLayerDestroyEnumHandle0", false};
const ObjectType EnumHandle::kFilterType = {
    "WFP filter enumeration", "FwpmFilterDestroyEnumHandle0", false};
const ObjectType EnumHandle::kCalloutType = {
    "WFP callout enumeration", "FwpmCalloutDestroyEnumHandle0", false};

const ObjectType& EnumHandle::TypeFor(EnumKind kind) {
  switch (kind) {
    case EnumKind::kSession:
      return kSessionType;
    case EnumKind::kProvider:
      return kProviderType;
    case EnumKind::kSublayer:
      return kSublayerType;
    case EnumKind::kFilter:
      return kFilterType;
    case EnumKind::kCallout:
      return kCalloutType;
  }
  return kSessionType;
}

EnumHandle::EnumHandle(FilterEngine& engine, EnumKind kind, uint64_t session_id,
                       uint64_t version)
    : Object(TypeFor(kind)),
      engine_(engine),
      kind_(kind),
      session_id_(session_id),
      version_(version) {}

void EnumHandle::OnClose(CloseReason reason) { engine_.ReleaseSnapshot(*this); }

// ---------------------------------------------------------------------------
// Engine.

FilterEngine::FilterEngine(Emulator& emu) : emu_(emu), guids_(0x5746504d) {
  MutexLock lock(&mu_);
  // Built-in providers and sublayers exist from the start [DOC
  // object-management]. Their display names are the SDK identifiers and
  // sublayer weights are 0 [INF: Windows' own values are undocumented].
  for (const NamedGuid& p : BuiltinProviders()) {
    auto rec = std::make_shared<Provider>();
    rec->key = p.key;
    rec->name =
        std::wstring(p.name, p.name + std::char_traits<char>::length(p.name));
    rec->lifetime = Lifetime::kBuiltin;
    providers_.Insert(providers_.NextOrdinal(), std::move(rec), 0);
  }
  for (const NamedGuid& l : BuiltinSublayers()) {
    auto rec = std::make_shared<Sublayer>();
    rec->key = l.key;
    rec->name =
        std::wstring(l.name, l.name + std::char_traits<char>::length(l.name));
    rec->lifetime = Lifetime::kBuiltin;
    sublayers_.Insert(sublayers_.NextOrdinal(), std::move(rec), 0);
  }
}

FilterEngine::~FilterEngine() = default;

FilterEngine::Opened FilterEngine::OpenSession(SessionInfo info) {
  MutexLock lock(&mu_);
  if (!running_) return {Status::kServiceNotRunning, nullptr};
  if (info.key.IsZero()) {
    do {
      info.key = guids_.Next();
    } while (sessions_.FindLive(info.key) != nullptr);
  } else if (sessions_.FindLive(info.key) != nullptr) {
    return {Status::kAlreadyExists, nullptr};
  }
  const uint64_t id = next_session_id_++;
  auto session = std::make_shared<Session>(*this, id, std::move(info));
  const uint64_t version = ++version_;
  // The record lives inside the session (one allocation per open); it keeps
  // the closed session's memory only while a snapshot still sees it.
  sessions_.Insert(sessions_.NextOrdinal(),
                   std::shared_ptr<const SessionInfo>(session, &session->info_),
                   version);
  session_by_id_[id] = session;
  return {Status::kOk, std::move(session)};
}

bool FilterEngine::AttachEnumHandle(Session& session, EnumHandle& e,
                                    uint64_t handle_value) {
  MutexLock lock(&mu_);
  if (session.ended_) return false;
  session.enum_handles_.insert(handle_value);
  e.handle_value_ = handle_value;
  return true;
}

// Order of teardown [INF, spec 4.2]: abort the explicit transaction, delete
// the dynamic session's objects, remove the session, then close its
// enumeration handles (outside the lock). Deleting a dynamic session's
// objects does not wait for the transaction lock [INF]: it is a system
// change that no client transaction can conflict with, because the lifetime
// rules keep other sessions' objects from referencing them.
void FilterEngine::EndSession(Session& s) {
  absl::flat_hash_set<uint64_t> enum_handles;
  {
    MutexLock lock(&mu_);
    if (s.ended_) return;
    s.ended_ = true;
    EndTxn(s);
    if (s.dynamic_) {
      PendingSet doomed;
      auto collect = [&](auto& table, auto& pending) {
        table.ForEachLive([&](const auto& rec) {
          if (rec->owner_session == s.id_) {
            pending.deleted.insert(rec->key);
            pending.deleted_order.push_back(rec->key);
          }
        });
      };
      collect(filters_, doomed.filters);
      collect(callouts_, doomed.callouts);
      collect(sublayers_, doomed.sublayers);
      collect(providers_, doomed.providers);
      ApplyPending(doomed, /*allow_fault=*/false);
    }
    // An aborted session already left the table (its key may be reused).
    // A control session never entered it.
    if (!s.aborted_ && !s.control_) sessions_.Erase(s.key_, ++version_);
    session_by_id_.erase(s.id_);
    CollectGarbage();
    enum_handles.swap(s.enum_handles_);
  }
  for (uint64_t value : enum_handles) {
    auto removed = emu_.handles().Remove(value, s.process_id_, nullptr);
    if (removed.ok()) removed.object->Close(CloseReason::kExplicit);
  }
}

void FilterEngine::ReleaseSnapshot(EnumHandle& e) {
  MutexLock lock(&mu_);
  if (e.handle_value_ != 0) {
    auto s = session_by_id_.find(e.session_id_);
    if (s != session_by_id_.end()) {
      if (auto session = s->second.lock()) {
        session->enum_handles_.erase(e.handle_value_);
      }
    }
  }
  auto it = snapshots_.find(e.version_);
  if (it != snapshots_.end()) snapshots_.erase(it);
  CollectGarbage();
}

uint64_t FilterEngine::OldestSnapshot() const {
  return snapshots_.empty() ? version_ : *snapshots_.begin();
}

void FilterEngine::CollectGarbage() {
  const uint64_t oldest = OldestSnapshot();
  sessions_.Collect(oldest);
  providers_.Collect(oldest);
  sublayers_.Collect(oldest);
  filters_.Collect(oldest);
  callouts_.Collect(oldest);
}

// --- transactions -----------------------------------------------------------

Status FilterEngine::AcquireLock(Session& s) {
  const absl::Duration wait = s.control_ ? s.control_lock_wait_
                              : s.txn_wait_ms_ == 0
                                  ? kDefaultTxnWait
                                  : absl::Milliseconds(s.txn_wait_ms_);
  const absl::Time deadline = emu_.clock().Now() + wait;
  const bool free = emu_.clock().AwaitUntil(
      &mu_, &lock_cv_, deadline,
      [this]() ABSL_NO_THREAD_SAFETY_ANALYSIS { return lock_owner_ == 0; });
  if (!free) return Status::kTimeout;
  if (s.aborted_) return Status::kSessionAborted;    // stopped while waiting
  if (!running_) return Status::kServiceNotRunning;  // a control session
  lock_owner_ = s.id_;
  return Status::kOk;
}

void FilterEngine::ReleaseLock(Session& s) {
  if (lock_owner_ != s.id_) return;
  lock_owner_ = 0;
  lock_cv_.SignalAll();
}

void FilterEngine::EndTxn(Session& s) {
  if (s.txn_ == Session::Txn::kReadWrite) ReleaseLock(s);
  if (s.limit_task_ != 0) {
    emu_.queue().Cancel(s.limit_task_);
    s.limit_task_ = 0;
  }
  s.ClearPending();
  s.txn_ = Session::Txn::kNone;
}

// [INF] After the one-hour limit aborted a transaction, the session's next
// call (whatever it is, Begin included) fails once with FWP_E_TXN_ABORTED;
// the session then has no transaction.
Status FilterEngine::Admit(Session& s) {
  if (s.aborted_) return Status::kSessionAborted;
  if (!running_) return Status::kServiceNotRunning;
  if (s.txn_ != Session::Txn::kForciblyAborted) return Status::kOk;
  s.txn_ = Session::Txn::kNone;
  return Status::kTxnAborted;
}

// [INF] Read-only transactions do not take the engine-wide lock (the spec
// leaves open whether they exclude each other); they only forbid writes.
Status FilterEngine::Begin(Session& s, bool read_only) {
  MutexLock lock(&mu_);
  Status st = Admit(s);
  if (st != Status::kOk) return st;
  if (s.txn_ != Session::Txn::kNone) return Status::kTxnInProgress;
  if (read_only) {
    s.txn_ = Session::Txn::kReadOnly;
    return Status::kOk;
  }
  if (access_checks_ && !s.may_write_) return Status::kAccessDenied;
  st = AcquireLock(s);
  if (st != Status::kOk) return st;
  s.txn_ = Session::Txn::kReadWrite;
  const uint64_t serial = ++s.txn_serial_;
  if (!s.kernel_mode_) {
    const uint64_t id = s.id_;
    s.limit_task_ = emu_.queue().Post(
        "WFP transaction one-hour limit",
        [this, id, serial] { ExpireTransaction(id, serial); }, kUserTxnLimit);
  }
  return Status::kOk;
}

void FilterEngine::ExpireTransaction(uint64_t session_id, uint64_t serial) {
  MutexLock lock(&mu_);
  auto it = session_by_id_.find(session_id);
  if (it == session_by_id_.end()) return;
  std::shared_ptr<Session> s = it->second.lock();
  if (s == nullptr || s->txn_ != Session::Txn::kReadWrite ||
      s->txn_serial_ != serial) {
    return;
  }
  s->limit_task_ = 0;  // running now; nothing to cancel
  EndTxn(*s);
  s->txn_ = Session::Txn::kForciblyAborted;
}

// [INF] A commit that fails while being applied rolls back everything it had
// applied and ends the transaction (as an abort would).
Status FilterEngine::Commit(Session& s) {
  MutexLock lock(&mu_);
  Status st = Admit(s);
  if (st != Status::kOk) return st;
  if (s.txn_ == Session::Txn::kNone) return Status::kNoTxnInProgress;
  if (s.txn_ == Session::Txn::kReadWrite) {
    st = ApplyPending(s.pending(), /*allow_fault=*/true);
  }
  EndTxn(s);
  return st;
}

Status FilterEngine::Abort(Session& s) {
  MutexLock lock(&mu_);
  Status st = Admit(s);
  if (st != Status::kOk) return st;
  if (s.txn_ == Session::Txn::kNone) return Status::kNoTxnInProgress;
  EndTxn(s);
  return Status::kOk;
}

Status FilterEngine::ApplyPending(PendingSet& p, bool allow_fault) {
  if (p.providers.empty() && p.sublayers.empty() && p.filters.empty() &&
      p.callouts.empty()) {
    return Status::kOk;
  }
  const uint64_t version = version_ + 1;
  std::vector<std::function<void()>> undo;
  bool failed = false;
  auto step = [&]() ABSL_NO_THREAD_SAFETY_ANALYSIS {
    if (allow_fault && fail_commit_after_ >= 0 &&
        static_cast<int>(undo.size()) >= fail_commit_after_) {
      failed = true;
    }
    return !failed;
  };
  auto deletes = [&](auto& table, auto& pending) {
    for (const Guid& key : pending.deleted_order) {
      if (!step()) return;
      if (table.Erase(key, version))
        undo.push_back([&table] { table.UndoErase(); });
    }
  };
  auto adds = [&](auto& table, auto& pending) {
    for (auto& [ordinal, rec] : pending.added) {
      if (!step()) return;
      const Guid key = rec->key;
      table.Insert(ordinal, rec, version);
      undo.push_back([&table, key] { table.UndoInsert(key); });
    }
  };
  deletes(filters_, p.filters);
  deletes(callouts_, p.callouts);
  deletes(sublayers_, p.sublayers);
  deletes(providers_, p.providers);
  adds(providers_, p.providers);
  adds(sublayers_, p.sublayers);
  adds(callouts_, p.callouts);
  adds(filters_, p.filters);
  if (failed) {
    fail_commit_after_ = -1;
    for (auto it = undo.rbegin(); it != undo.rend(); ++it) (*it)();
    return Status::kCommitFailed;
  }
  version_ = version;
  CollectGarbage();
  return Status::kOk;
}

const PendingSet* FilterEngine::ViewOf(const Session& s) const {
  return s.txn_ == Session::Txn::kReadWrite ? &s.pending_view() : nullptr;
}

Status FilterEngine::ReadCheck(Session& s) { return Admit(s); }

Status FilterEngine::Write(Session& s, const std::function<Status()>& stage) {
  Status st = Admit(s);
  if (st != Status::kOk) return st;
  if (access_checks_ && !s.may_write_) return Status::kAccessDenied;
  if (s.txn_ == Session::Txn::kReadOnly) return Status::kIncompatibleTxn;
  const bool implicit = s.txn_ == Session::Txn::kNone;
  if (implicit) {
    st = AcquireLock(s);
    if (st != Status::kOk) return st;
    s.txn_ = Session::Txn::kReadWrite;  // so that stage() sees its own view
  }
  st = stage();
  if (implicit) {
    if (st == Status::kOk) st = ApplyPending(s.pending(), /*allow_fault=*/true);
    s.ClearPending();
    s.txn_ = Session::Txn::kNone;
    ReleaseLock(s);
  }
  return st;
}

// --- service -----------------------------------------------------------------

void FilterEngine::Stop() {
  MutexLock lock(&mu_);
  if (!running_) return;
  running_ = false;
  for (auto& [id, weak] : session_by_id_) {
    std::shared_ptr<Session> s = weak.lock();
    if (s == nullptr || s->ended_) continue;
    EndTxn(*s);
    s->aborted_ = true;
    sessions_.Erase(s->key_, version_ + 1);
  }
  ++version_;
  lock_owner_ = 0;
  lock_cv_.SignalAll();
  PendingSet doomed;
  auto collect = [&](auto& table, auto& pending) {
    table.ForEachLive([&](const auto& rec) {
      if (rec->lifetime == Lifetime::kStatic ||
          rec->lifetime == Lifetime::kDynamic) {
        pending.deleted.insert(rec->key);
        pending.deleted_order.push_back(rec->key);
      }
    });
  };
  collect(filters_, doomed.filters);
  collect(callouts_, doomed.callouts);
  collect(sublayers_, doomed.sublayers);
  collect(providers_, doomed.providers);
  ApplyPending(doomed, /*allow_fault=*/false);
  CollectGarbage();
}

void FilterEngine::set_access_checks(bool on) {
  MutexLock lock(&mu_);
  access_checks_ = on;
}

void FilterEngine::Start() {
  MutexLock lock(&mu_);
  running_ = true;
}

void FilterEngine::Restart() {
  Stop();
  Start();
}

bool FilterEngine::running() const {
  MutexLock lock(&mu_);
  return running_;
}

// --- control surface ---------------------------------------------------------

void FilterEngine::FailNextCommitAfter(int ops) {
  MutexLock lock(&mu_);
  fail_commit_after_ = ops;
}

size_t FilterEngine::live_sessions() const {
  MutexLock lock(&mu_);
  return sessions_.live_size();
}

size_t FilterEngine::live_filters() const {
  MutexLock lock(&mu_);
  return filters_.live_size();
}

size_t FilterEngine::stored_filters() const {
  MutexLock lock(&mu_);
  return filters_.stored_size();
}

uint64_t FilterEngine::lock_owner() const {
  MutexLock lock(&mu_);
  return lock_owner_;
}

// --- seeding and listing -------------------------------------------------

std::shared_ptr<Session> FilterEngine::OpenControlSession(
    absl::Duration lock_wait) {
  MutexLock lock(&mu_);
  SessionInfo info;
  info.key = guids_.Next();
  info.process_id = 4;  // the System process
  info.kernel_mode = true;
  info.may_write = true;
  auto session = std::make_shared<Session>(*this, next_session_id_++, info);
  session->control_ = true;
  session->control_lock_wait_ = std::max(lock_wait, absl::ZeroDuration());
  return session;
}

std::vector<FilterEngine::SessionView> FilterEngine::ListSessions() const {
  MutexLock lock(&mu_);
  std::vector<SessionView> out;
  for (const auto& [id, weak] : session_by_id_) {
    std::shared_ptr<Session> s = weak.lock();
    if (s == nullptr || s->ended_ || s->aborted_) continue;
    out.push_back(SessionView{s->id_, s->process_id_, s->key_, s->dynamic_,
                              lock_owner_ == s->id_});
  }
  std::sort(
      out.begin(), out.end(),
      [](const SessionView& a, const SessionView& b) { return a.id < b.id; });
  return out;
}

namespace {
template <typename R>
std::vector<std::shared_ptr<const R>> LiveAt(const VersionedTable<R>& table,
                                             uint64_t version) {
  std::vector<std::shared_ptr<const R>> out;
  table.Scan(version, 0, [&](uint64_t, const std::shared_ptr<const R>& rec) {
    out.push_back(rec);
    return true;
  });
  return out;
}
}  // namespace

std::vector<std::shared_ptr<const Provider>> FilterEngine::CommittedProviders()
    const {
  MutexLock lock(&mu_);
  return LiveAt(providers_, version_);
}

std::vector<std::shared_ptr<const Sublayer>> FilterEngine::CommittedSublayers()
    const {
  MutexLock lock(&mu_);
  return LiveAt(sublayers_, version_);
}

std::vector<std::shared_ptr<const Filter>> FilterEngine::CommittedFilters()
    const {
  MutexLock lock(&mu_);
  return LiveAt(filters_, version_);
}

}  // namespace winemu::wfp
