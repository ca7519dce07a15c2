// Copyright winemu authors.
//
// wfp_control.h: the test-facing control surface of the Base Filtering
// Engine (testonly).
//
// Lists what the engine holds and seeds it without going through the Fwpm*
// API, and drives the service (stop, start, restart, a failing commit,
// access checks). Listings show committed state only: a transaction's
// pending changes appear once it commits.
//
//   winemu::testing::TestEmulator emu;
//   winemu::wfp::testing::WfpControl bfe(emu);
//   wfp::Sublayer layer;
//   layer.key = kMySublayer;
//   layer.name = L"seeded";
//   ASSERT_EQ(bfe.AddSublayer(layer), wfp::Status::kOk);
//   ... FwpmFilterAdd0(engine, &filter_in_kMySublayer, nullptr, &id) ...
//   EXPECT_EQ(bfe.Filters().size(), 1u);
//
// Seeding goes through a hidden session of the System process (see
// FilterEngine::OpenControlSession): every call is validated like the
// matching Fwpm*Add0 / Delete call, is committed at once, and owns nothing
// (static lifetime, or persistent when the record's persistent flag is set;
// persistent objects survive Restart()). A seeding call takes the
// engine-wide transaction lock, so it never slips a change under an open
// client transaction or a snapshot: while a client holds the lock it waits
// at most `lock_wait` on the emulator clock, and fails with
// Status::kTimeout after that (at once with the default zero wait, so a
// single-threaded test never blocks). While the service is stopped seeding
// fails with Status::kServiceNotRunning.
//
// A WfpControl must not outlive its emulator.
#ifndef WINEMU_EMU_WFP_TESTING_WFP_CONTROL_H_
#define WINEMU_EMU_WFP_TESTING_WFP_CONTROL_H_

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/core/object.h"
#include "emu/wfp/engine.h"
#include "emu/wfp/guid.h"
#include "emu/wfp/types.h"

namespace winemu::wfp::testing {

class WfpControl {
 public:
  explicit WfpControl(Emulator& emu,
                      absl::Duration lock_wait = absl::ZeroDuration())
      : engine_(emu.GetExtension<FilterEngine>()),
        session_(engine_.OpenControlSession(lock_wait)) {}
  ~WfpControl() { session_->Close(CloseReason::kExplicit); }
  WfpControl(const WfpControl&) = delete;
  WfpControl& operator=(const WfpControl&) = delete;

  FilterEngine& engine() { return engine_; }

  // ---- listing (committed state) ----
  // Live client sessions in opening order: process id, key, dynamic flag,
  // whether the session holds the transaction lock.
  std::vector<FilterEngine::SessionView> Sessions() const {
    return engine_.ListSessions();
  }
  // Built-in objects included.
  std::vector<std::shared_ptr<const Provider>> Providers() const {
    return engine_.CommittedProviders();
  }
  std::vector<std::shared_ptr<const Sublayer>> Sublayers() const {
    return engine_.CommittedSublayers();
  }
  std::vector<std::shared_ptr<const Filter>> Filters() const {
    return engine_.CommittedFilters();
  }

  // ---- seeding (committed at once, owned by no session) ----
  // A zero key is replaced by a new one, returned through `key` / `id`.
  Status AddProvider(Provider p, Guid* key = nullptr) {
    Guid ignored;
    return engine_.AddProvider(*session_, std::move(p),
                               key != nullptr ? key : &ignored);
  }
  Status AddSublayer(Sublayer l, Guid* key = nullptr) {
    Guid ignored;
    return engine_.AddSublayer(*session_, std::move(l),
                               key != nullptr ? key : &ignored);
  }
  Status AddFilter(Filter f, uint64_t* id = nullptr) {
    uint64_t ignored = 0;
    return engine_.AddFilter(*session_, std::move(f),
                             id != nullptr ? id : &ignored);
  }
  // Deletes any non-built-in object, whoever added it (a dynamic session's
  // included), with the API's reference checks (kInUse).
  Status DeleteProvider(const Guid& key) {
    return engine_.DeleteProvider(*session_, key);
  }
  Status DeleteSublayer(const Guid& key) {
    return engine_.DeleteSublayer(*session_, key);
  }
  Status DeleteFilter(const Guid& key) {
    return engine_.DeleteFilterByKey(*session_, key);
  }
  Status DeleteFilter(uint64_t id) {
    return engine_.DeleteFilterById(*session_, id);
  }

  // ---- the service ----
  void Stop() { engine_.Stop(); }
  void Start() { engine_.Start(); }
  void Restart() { engine_.Restart(); }
  bool running() const { return engine_.running(); }
  // The next commit (explicit, implicit or seeding) fails with
  // kCommitFailed after applying `ops` changes, and rolls back.
  void FailNextCommitAfter(int ops) { engine_.FailNextCommitAfter(ops); }
  void SetAccessChecks(bool on) { engine_.set_access_checks(on); }

 private:
  FilterEngine& engine_;
  const std::shared_ptr<Session> session_;
};

}  // namespace winemu::wfp::testing

#endif  // WINEMU_EMU_WFP_TESTING_WFP_CONTROL_H_
