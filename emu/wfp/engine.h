// Copyright winemu authors.
//
// engine.h: the Base Filtering Engine of one emulator.
//
// Sessions, the engine-wide transaction lock, multi-version object storage
// (providers, sublayers, filters, callouts) and snapshot enumerations. The
// engine is an Extension of the Emulator; handles name its Session and
// EnumHandle objects, whose OnClose is the one close path (explicit close,
// process exit, emulator teardown).
//
//   FilterEngine& bfe = emu.GetExtension<FilterEngine>();
//   auto opened = bfe.OpenSession(info, process);
//   bfe.Begin(*opened.session, /*read_only=*/false);
//   bfe.AddProvider(*opened.session, provider, &key);
//   bfe.Commit(*opened.session);
//
// Locking: one mutex (mu_) guards all engine state, including the fields of
// Session and EnumHandle marked "guarded by the engine". It is never held
// while closing objects, touching the handle table's objects' close paths or
// reporting to the verifier.
#ifndef WINEMU_EMU_WFP_ENGINE_H_
#define WINEMU_EMU_WFP_ENGINE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <set>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/core/mutex.h"
#include "emu/core/object.h"
#include "emu/core/work_queue.h"
#include "emu/wfp/guid.h"
#include "emu/wfp/types.h"
#include "emu/wfp/versioned_table.h"

namespace winemu::wfp {

class FilterEngine;

// Default lock wait when FWPM_SESSION0.txnWaitTimeoutInMSec is 0 [DOC].
inline constexpr absl::Duration kDefaultTxnWait = absl::Seconds(15);
// Longest a user-mode transaction may hold the lock [DOC].
inline constexpr absl::Duration kUserTxnLimit = absl::Hours(1);

struct PendingSet {
  Pending<Provider> providers;
  Pending<Sublayer> sublayers;
  Pending<Filter> filters;
  Pending<Callout> callouts;
  bool empty() const {
    return providers.empty() && sublayers.empty() && filters.empty() &&
           callouts.empty();
  }
  void Clear() {
    providers.Clear();
    sublayers.Clear();
    filters.Clear();
    callouts.Clear();
  }
};

// An open engine session (FwpmEngineOpen0 handle).
class Session : public Object {
 public:
  static const ObjectType kType;

  Session(FilterEngine& engine, uint64_t id, SessionInfo info);
  uint64_t id() const { return id_; }
  const Guid& key() const { return key_; }
  bool dynamic() const { return dynamic_; }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  friend class FilterEngine;
  enum class Txn { kNone, kReadOnly, kReadWrite, kForciblyAborted };

  // The staged changes, created by the first write: most sessions never
  // write, and an empty set still costs to build and destroy.
  PendingSet& pending() {
    if (pending_ == nullptr) pending_ = std::make_unique<PendingSet>();
    return *pending_;
  }
  const PendingSet& pending_view() const;
  void ClearPending() {
    if (pending_ != nullptr && !pending_->empty()) pending_->Clear();
  }

  FilterEngine& engine_;
  // The session-table record; the table holds it through an aliasing
  // pointer to this object, which saves an allocation per open.
  const SessionInfo info_;
  const uint64_t id_;
  const Guid key_;
  const uint32_t process_id_;
  const bool dynamic_;
  const uint32_t txn_wait_ms_;
  const bool kernel_mode_;
  const bool may_write_;
  // Guarded by the engine.
  bool ended_ = false;
  bool aborted_ = false;  // the service stopped under it
  Txn txn_ = Txn::kNone;
  uint64_t txn_serial_ = 0;
  WorkQueue::TaskId limit_task_ = 0;
  std::unique_ptr<PendingSet> pending_;
  absl::flat_hash_set<uint64_t> enum_handles_;
  // Control sessions (OpenControlSession) only; set before publication.
  bool control_ = false;
  absl::Duration control_lock_wait_ = absl::ZeroDuration();
};

enum class EnumKind { kSession, kProvider, kSublayer, kFilter, kCallout };

// An enumeration (Fwpm*CreateEnumHandle0 handle): a snapshot version, a copy
// of the creating transaction's own changes, a filter and a cursor.
class EnumHandle : public Object {
 public:
  static const ObjectType kSessionType;
  static const ObjectType kProviderType;
  static const ObjectType kSublayerType;
  static const ObjectType kFilterType;
  static const ObjectType kCalloutType;
  static const ObjectType& TypeFor(EnumKind kind);

  EnumHandle(FilterEngine& engine, EnumKind kind, uint64_t session_id,
             uint64_t version);
  EnumKind kind() const { return kind_; }
  uint64_t session_id() const { return session_id_; }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  friend class FilterEngine;
  FilterEngine& engine_;
  const EnumKind kind_;
  const uint64_t session_id_;
  const uint64_t version_;
  // Guarded by the engine.
  PendingSet overlay_;
  std::function<bool(const void*)> match_;  // null: everything
  uint64_t handle_value_ = 0;               // once published
  int phase_ = 0;        // 0: committed entries, 1: the overlay's adds
  uint64_t cursor_ = 0;  // last ordinal returned in this phase
};

// Filters of enumeration templates (null members match everything).
struct SublayerQuery {
  std::optional<Guid> provider_key;
};
struct CalloutQuery {
  std::optional<Guid> provider_key;
  Guid layer;  // zero: any [INF]
};
struct FilterQuery {
  std::optional<Guid> provider_key;
  Guid layer;  // zero: any [INF]
  uint32_t enum_type = 0;
  uint32_t flags = 0;
  uint32_t action_mask = 0xFFFFFFFF;
  std::optional<Guid> callout_key;
};

class FilterEngine : public Extension {
 public:
  explicit FilterEngine(Emulator& emu);
  ~FilterEngine() override;

  // --- sessions ---
  struct Opened {
    Status status;
    std::shared_ptr<Session> session;
  };
  // `info` carries the caller's fields; a zero key is replaced by a new one.
  Opened OpenSession(SessionInfo info);
  // Remembers an enumeration handle value so that closing the session closes
  // it too. False (and nothing remembered) if the session has ended.
  bool AttachEnumHandle(Session& session, EnumHandle& e, uint64_t handle_value);

  // --- transactions ---
  Status Begin(Session& session, bool read_only);
  Status Commit(Session& session);
  Status Abort(Session& session);

  // --- objects ---
  Status AddProvider(Session& s, Provider p, Guid* key);
  Status AddSublayer(Session& s, Sublayer l, Guid* key);
  Status AddFilter(Session& s, Filter f, uint64_t* id);
  Status AddCallout(Session& s, Callout c, uint32_t* id);
  Status DeleteProvider(Session& s, const Guid& key);
  Status DeleteSublayer(Session& s, const Guid& key);
  Status DeleteFilterByKey(Session& s, const Guid& key);
  Status DeleteFilterById(Session& s, uint64_t id);
  Status DeleteCalloutByKey(Session& s, const Guid& key);
  Status DeleteCalloutById(Session& s, uint32_t id);
  Status GetProvider(Session& s, const Guid& key,
                     std::shared_ptr<const Provider>* out);
  Status GetSublayer(Session& s, const Guid& key,
                     std::shared_ptr<const Sublayer>* out);
  Status GetFilterByKey(Session& s, const Guid& key,
                        std::shared_ptr<const Filter>* out);
  Status GetFilterById(Session& s, uint64_t id,
                       std::shared_ptr<const Filter>* out);
  Status GetCalloutByKey(Session& s, const Guid& key,
                         std::shared_ptr<const Callout>* out);
  Status GetCalloutById(Session& s, uint32_t id,
                        std::shared_ptr<const Callout>* out);

  // --- enumerations ---
  struct Created {
    Status status;
    std::shared_ptr<EnumHandle> handle;
  };
  Created CreateSessionEnum(Session& s);
  Created CreateProviderEnum(Session& s);
  Created CreateSublayerEnum(Session& s, SublayerQuery q);
  Created CreateFilterEnum(Session& s, FilterQuery q);
  Created CreateCalloutEnum(Session& s, CalloutQuery q);
  // The next page (at most n entries). kInvalidHandle if `e` belongs to
  // another session.
  Status NextSessions(Session& s, EnumHandle& e, uint32_t n,
                      std::vector<std::shared_ptr<const SessionInfo>>* out);
  Status NextProviders(Session& s, EnumHandle& e, uint32_t n,
                       std::vector<std::shared_ptr<const Provider>>* out);
  Status NextSublayers(Session& s, EnumHandle& e, uint32_t n,
                       std::vector<std::shared_ptr<const Sublayer>>* out);
  Status NextFilters(Session& s, EnumHandle& e, uint32_t n,
                     std::vector<std::shared_ptr<const Filter>>* out);
  Status NextCallouts(Session& s, EnumHandle& e, uint32_t n,
                      std::vector<std::shared_ptr<const Callout>>* out);
  // Checks that `e` may be destroyed by `s`.
  Status CheckEnumOwner(const Session& s, const EnumHandle& e) const;

  // --- the Base Filtering Engine as a service (tests) ---
  // Stops the service: every open session is aborted (its transaction
  // rolled back; later calls on it fail with FWP_E_SESSION_ABORTED until
  // it is closed), every static and dynamic object is deleted, persistent
  // and built-in ones are kept. Opens fail with EPT_S_NOT_REGISTERED until
  // Start().
  void Stop();
  void Start();
  // Stop() then Start(): a service restart, or a reboot (which likewise
  // keeps only persistent objects).
  void Restart();
  bool running() const;

  // Access checks [INF]: when on, sessions opened by a process that is
  // neither elevated nor System are refused read/write transactions and
  // every Add / Delete with ERROR_ACCESS_DENIED (reads stay allowed), as
  // BFE's default security descriptor does. On by default; the emulator's
  // default process is elevated, as WFP clients run as administrators.
  void set_access_checks(bool on);

  // --- control surface (tests) ---
  // Cuts enumeration pages (Fwpm*Enum0): each page holds at most what `cap`
  // returns for the requested count, clamped to [1, requested], and the
  // next call continues after it, so a client meets pages of every size.
  // Called with no engine lock held. Null (the default): no cut.
  using PageCap = std::function<uint32_t(EnumKind kind, uint32_t requested)>;
  void set_page_cap(PageCap cap);

  // The next commit fails after applying `ops` changes (then rolls back).
  void FailNextCommitAfter(int ops);
  size_t live_sessions() const;
  size_t live_filters() const;
  size_t stored_filters() const;  // including versions kept for snapshots
  uint64_t lock_owner() const;    // session id holding the lock, or 0

  // --- seeding and listing (tests; see emu/wfp/testing/wfp_control.h) ---
  // A session of the System process that no client can see: it is in no
  // session list or enumeration, and Stop() does not abort it. Nothing it
  // adds is dynamic: objects are static, or persistent when flagged, and
  // owned by no session. Every call on it is its own implicit transaction,
  // so it takes the transaction lock like any writer (snapshots and open
  // transactions stay consistent) but waits for it at most `lock_wait` on
  // the emulator clock; with zero it fails at once with kTimeout while a
  // client transaction holds the lock. Calls fail with kServiceNotRunning
  // while the service is stopped. Close it (Object::Close) before the
  // emulator goes away.
  std::shared_ptr<Session> OpenControlSession(absl::Duration lock_wait);
  struct SessionView {
    uint64_t id = 0;
    uint32_t process_id = 0;
    Guid key;
    bool dynamic = false;
    bool holds_lock = false;  // holds the transaction lock
  };
  // Live client sessions, in opening order.
  std::vector<SessionView> ListSessions() const;
  // Committed live objects (no transaction's pending changes), in
  // enumeration order.
  std::vector<std::shared_ptr<const Provider>> CommittedProviders() const;
  std::vector<std::shared_ptr<const Sublayer>> CommittedSublayers() const;
  std::vector<std::shared_ptr<const Filter>> CommittedFilters() const;

 private:
  friend class Session;
  friend class EnumHandle;
  template <typename R>
  friend struct TableAccess;

  void EndSession(Session& s);
  void ReleaseSnapshot(EnumHandle& e);
  void ExpireTransaction(uint64_t session_id, uint64_t serial);

  Status AcquireLock(Session& s) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void ReleaseLock(Session& s) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Ends the explicit transaction (lock, timer, pending changes).
  void EndTxn(Session& s) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // The gate of every session call: kSessionAborted after the service
  // stopped under the session, kTxnAborted once after a forced abort.
  Status Admit(Session& s) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  Status ApplyPending(PendingSet& p, bool allow_fault)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  uint64_t OldestSnapshot() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void CollectGarbage() ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  // Write path shared by every Add / Delete: checks the session's
  // transaction, takes the lock for an implicit transaction, runs `stage`
  // (which validates and records into the session's pending set), commits
  // an implicit transaction.
  Status Write(Session& s, const std::function<Status()>& stage)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Read path: the session's view is committed state plus its own pending
  // changes when it has a read/write transaction.
  Status ReadCheck(Session& s) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  const PendingSet* ViewOf(const Session& s) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  template <typename R>
  std::shared_ptr<const R> Find(const Session& s, const Guid& key) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  std::shared_ptr<const R> FindById(const Session& s, uint64_t id) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  void StageAdd(Session& s, std::shared_ptr<const R> rec)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  void StageDelete(Session& s, const R& rec) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  bool InUse(const Session& s, const R& rec) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  Status FillCommon(Session& s, R& rec, uint32_t persistent_flag)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  Status Delete(Session& s, std::shared_ptr<const R> rec, Status not_found)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  Status Get(Session& s, std::shared_ptr<const R> rec, Status not_found,
             std::shared_ptr<const R>* out) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R, typename F>
  bool AnyVisible(const Session& s, F pred) const
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  template <typename R>
  Created CreateEnum(Session& s, EnumKind kind,
                     std::function<bool(const R&)> match);
  template <typename R>
  Status Next(Session& s, EnumHandle& e, uint32_t n,
              std::vector<std::shared_ptr<const R>>* out);

  Emulator& emu_;
  mutable Mutex mu_;
  CondVar lock_cv_;
  bool running_ ABSL_GUARDED_BY(mu_) = true;
  bool access_checks_ ABSL_GUARDED_BY(mu_) = true;
  Mutex page_cap_mu_;  // not mu_: the cap is called without mu_
  PageCap page_cap_ ABSL_GUARDED_BY(page_cap_mu_);
  uint64_t lock_owner_ ABSL_GUARDED_BY(mu_) = 0;
  uint64_t version_ ABSL_GUARDED_BY(mu_) = 1;
  uint64_t next_session_id_ ABSL_GUARDED_BY(mu_) = 1;
  uint64_t next_filter_id_ ABSL_GUARDED_BY(mu_) = 0x10000;
  uint32_t next_callout_id_ ABSL_GUARDED_BY(mu_) = 0x100;
  GuidGenerator guids_ ABSL_GUARDED_BY(mu_);
  int fail_commit_after_ ABSL_GUARDED_BY(mu_) = -1;
  std::multiset<uint64_t> snapshots_ ABSL_GUARDED_BY(mu_);
  VersionedTable<SessionInfo> sessions_ ABSL_GUARDED_BY(mu_);
  absl::flat_hash_map<uint64_t, std::weak_ptr<Session>> session_by_id_
      ABSL_GUARDED_BY(mu_);
  VersionedTable<Provider> providers_ ABSL_GUARDED_BY(mu_);
  VersionedTable<Sublayer> sublayers_ ABSL_GUARDED_BY(mu_);
  VersionedTable<Filter> filters_ ABSL_GUARDED_BY(mu_);
  VersionedTable<Callout> callouts_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu::wfp

#endif  // WINEMU_EMU_WFP_ENGINE_H_
