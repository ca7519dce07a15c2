// Copyright winemu authors.
//
// Tests of the WFP control surface (emu/wfp/testing/wfp_control.h): seeded
// objects as clients see them, listings against API changes, and seeding
// next to an open client transaction.
#include <fwpmu.h>
#include <windows.h>

#include <thread>

#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/core/process.h"
#include "emu/testing/matchers.h"
#include "emu/testing/test_emulator.h"
#include "emu/wfp/testing/wfp_control.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using testing::TestEmulator;
using testing::Win32FailsWith;
using testing::Win32Succeeds;
using wfp::Status;
using wfp::testing::WfpControl;

GUID Key(unsigned int n) {
  return GUID{0x3c0de000u + n, 0x1, 0x4002, {0x80, 3, 4, 5, 6, 7, 8, 9}};
}
wfp::Guid ToGuid(const GUID& g) {
  wfp::Guid out;
  out.data1 = g.Data1;
  out.data2 = g.Data2;
  out.data3 = g.Data3;
  for (int i = 0; i < 8; ++i) out.data4[i] = g.Data4[i];
  return out;
}

HANDLE Open(UINT32 flags = 0) {
  FWPM_SESSION0 session = {};
  session.flags = flags;
  HANDLE h = nullptr;
  EXPECT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &h),
            (DWORD)ERROR_SUCCESS);
  return h;
}

wfp::Provider SeedProvider(unsigned int n, uint32_t flags = 0) {
  wfp::Provider p;
  p.key = ToGuid(Key(n));
  p.name = L"seeded provider";
  p.flags = flags;
  return p;
}
wfp::Sublayer SeedSublayer(unsigned int n) {
  wfp::Sublayer l;
  l.key = ToGuid(Key(n));
  l.name = L"seeded sublayer";
  l.weight = 0x100;
  return l;
}
wfp::Filter SeedFilter(unsigned int n, const GUID& sublayer) {
  wfp::Filter f;
  f.key = ToGuid(Key(n));
  f.name = L"seeded filter";
  f.layer = ToGuid(FWPM_LAYER_ALE_AUTH_CONNECT_V4);
  f.sublayer = ToGuid(sublayer);
  f.action_type = wfp::kActionBlock;
  return f;
}

template <typename List>
bool Lists(const List& list, const GUID& key) {
  for (const auto& rec : list) {
    if (rec->key == ToGuid(key)) return true;
  }
  return false;
}

bool ApiEnumeratesFilter(HANDLE engine, const GUID& key) {
  HANDLE e = nullptr;
  EXPECT_THAT(FwpmFilterCreateEnumHandle0(engine, nullptr, &e),
              Win32Succeeds());
  FWPM_FILTER0** entries = nullptr;
  UINT32 n = 0;
  EXPECT_THAT(FwpmFilterEnum0(engine, e, 1000, &entries, &n), Win32Succeeds());
  bool found = false;
  for (UINT32 i = 0; i < n; ++i) {
    if (IsEqualGUID(entries[i]->filterKey, key)) found = true;
  }
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  EXPECT_THAT(FwpmFilterDestroyEnumHandle0(engine, e), Win32Succeeds());
  return found;
}

class WfpControlTest : public ::testing::Test {
 protected:
  TestEmulator emu_;
  WfpControl bfe_{emu_};
};

TEST_F(WfpControlTest, SeededObjectsAreVisibleThroughTheApi) {
  ASSERT_EQ(bfe_.AddProvider(SeedProvider(1, wfp::kProviderFlagPersistent)),
            Status::kOk);
  wfp::Sublayer layer = SeedSublayer(2);
  layer.provider_key = ToGuid(Key(1));
  ASSERT_EQ(bfe_.AddSublayer(layer), Status::kOk);
  uint64_t id = 0;
  ASSERT_EQ(bfe_.AddFilter(SeedFilter(3, Key(2)), &id), Status::kOk);
  EXPECT_NE(id, 0u);

  HANDLE engine = Open(FWPM_SESSION_FLAG_DYNAMIC);
  FWPM_PROVIDER0* p = nullptr;
  const GUID provider_key = Key(1);
  ASSERT_THAT(FwpmProviderGetByKey0(engine, &provider_key, &p),
              Win32Succeeds());
  EXPECT_TRUE(IsEqualGUID(p->providerKey, Key(1)));
  EXPECT_EQ(p->flags & FWPM_PROVIDER_FLAG_PERSISTENT,
            (UINT32)FWPM_PROVIDER_FLAG_PERSISTENT);
  FwpmFreeMemory0(reinterpret_cast<void**>(&p));
  EXPECT_TRUE(ApiEnumeratesFilter(engine, Key(3)));
  FWPM_FILTER0* f = nullptr;
  ASSERT_THAT(FwpmFilterGetById0(engine, id, &f), Win32Succeeds());
  EXPECT_TRUE(IsEqualGUID(f->subLayerKey, Key(2)));
  FwpmFreeMemory0(reinterpret_cast<void**>(&f));

  // Seeded objects belong to no session: closing the dynamic session keeps
  // them, and it may not delete them.
  const GUID filter_key = Key(3);
  EXPECT_THAT(FwpmFilterDeleteByKey0(engine, &filter_key),
              Win32FailsWith(FWP_E_DYNAMIC_SESSION_IN_PROGRESS));
  ASSERT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
  EXPECT_TRUE(Lists(bfe_.Filters(), Key(3)));
  for (const auto& rec : bfe_.Filters()) {
    if (rec->key == ToGuid(Key(3))) {
      EXPECT_EQ(rec->lifetime, wfp::Lifetime::kStatic);
      EXPECT_EQ(rec->owner_session, 0u);
    }
  }
}

TEST_F(WfpControlTest, SessionsAreListedWithTheirLockState) {
  EXPECT_TRUE(bfe_.Sessions().empty());  // the control session is hidden
  HANDLE a = Open();
  HANDLE b = Open(FWPM_SESSION_FLAG_DYNAMIC);
  auto sessions = bfe_.Sessions();
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].process_id, GetCurrentProcessId());
  EXPECT_FALSE(sessions[0].dynamic);
  EXPECT_TRUE(sessions[1].dynamic);
  EXPECT_FALSE(sessions[0].holds_lock);
  EXPECT_NE(sessions[0].key, sessions[1].key);

  ASSERT_THAT(FwpmTransactionBegin0(b, 0), Win32Succeeds());
  sessions = bfe_.Sessions();
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_FALSE(sessions[0].holds_lock);
  EXPECT_TRUE(sessions[1].holds_lock);
  ASSERT_THAT(FwpmTransactionAbort0(b), Win32Succeeds());
  EXPECT_FALSE(bfe_.Sessions()[1].holds_lock);

  ASSERT_THAT(FwpmEngineClose0(a), Win32Succeeds());
  sessions = bfe_.Sessions();
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_TRUE(sessions[0].dynamic);
  ASSERT_THAT(FwpmEngineClose0(b), Win32Succeeds());
  EXPECT_TRUE(bfe_.Sessions().empty());
}

TEST_F(WfpControlTest, ListingsFollowApiAddsAndDeletesOnceCommitted) {
  HANDLE engine = Open();
  FWPM_PROVIDER0 p = {};
  p.providerKey = Key(10);
  p.displayData.name = const_cast<wchar_t*>(L"client provider");
  ASSERT_THAT(FwpmProviderAdd0(engine, &p, nullptr), Win32Succeeds());
  EXPECT_TRUE(Lists(bfe_.Providers(), Key(10)));

  // A transaction's pending changes are not listed until it commits.
  ASSERT_THAT(FwpmTransactionBegin0(engine, 0), Win32Succeeds());
  FWPM_FILTER0 f = {};
  f.filterKey = Key(11);
  f.displayData.name = const_cast<wchar_t*>(L"client filter");
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  f.action.type = FWP_ACTION_PERMIT;
  UINT64 id = 0;
  ASSERT_THAT(FwpmFilterAdd0(engine, &f, nullptr, &id), Win32Succeeds());
  EXPECT_FALSE(Lists(bfe_.Filters(), Key(11)));
  ASSERT_THAT(FwpmTransactionCommit0(engine), Win32Succeeds());
  EXPECT_TRUE(Lists(bfe_.Filters(), Key(11)));

  ASSERT_THAT(FwpmFilterDeleteById0(engine, id), Win32Succeeds());
  EXPECT_FALSE(Lists(bfe_.Filters(), Key(11)));
  const GUID provider_key = Key(10);
  ASSERT_THAT(FwpmProviderDeleteByKey0(engine, &provider_key), Win32Succeeds());
  EXPECT_FALSE(Lists(bfe_.Providers(), Key(10)));

  // And the control surface deletes what a client added.
  ASSERT_THAT(FwpmProviderAdd0(engine, &p, nullptr), Win32Succeeds());
  EXPECT_EQ(bfe_.DeleteProvider(ToGuid(Key(10))), Status::kOk);
  FWPM_PROVIDER0* got = nullptr;
  EXPECT_THAT(FwpmProviderGetByKey0(engine, &provider_key, &got),
              Win32FailsWith(FWP_E_PROVIDER_NOT_FOUND));
  EXPECT_EQ(got, nullptr);
  ASSERT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
}

TEST_F(WfpControlTest, ClientFilterMayUseASeededSublayer) {
  ASSERT_EQ(bfe_.AddSublayer(SeedSublayer(20)), Status::kOk);
  HANDLE engine = Open(FWPM_SESSION_FLAG_DYNAMIC);
  FWPM_FILTER0 f = {};
  f.filterKey = Key(21);
  f.displayData.name = const_cast<wchar_t*>(L"client filter");
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  f.subLayerKey = Key(20);
  f.action.type = FWP_ACTION_BLOCK;
  UINT64 id = 0;
  ASSERT_THAT(FwpmFilterAdd0(engine, &f, nullptr, &id), Win32Succeeds());
  EXPECT_TRUE(ApiEnumeratesFilter(engine, Key(21)));
  // The client's filter keeps the seeded sublayer in use.
  EXPECT_EQ(bfe_.DeleteSublayer(ToGuid(Key(20))), Status::kInUse);
  // An unknown sublayer is still refused.
  f.filterKey = Key(22);
  f.subLayerKey = Key(23);
  EXPECT_THAT(FwpmFilterAdd0(engine, &f, nullptr, &id),
              Win32FailsWith(FWP_E_SUBLAYER_NOT_FOUND));
  ASSERT_THAT(FwpmEngineClose0(engine), Win32Succeeds());  // deletes 21
  EXPECT_FALSE(Lists(bfe_.Filters(), Key(21)));
  EXPECT_EQ(bfe_.DeleteSublayer(ToGuid(Key(20))), Status::kOk);
  EXPECT_FALSE(Lists(bfe_.Sublayers(), Key(20)));
}

TEST_F(WfpControlTest, SeedingDuringAClientTransactionFailsAtOnce) {
  HANDLE engine = Open();
  ASSERT_THAT(FwpmTransactionBegin0(engine, 0), Win32Succeeds());
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(30)), Status::kTimeout);
  EXPECT_EQ(bfe_.DeleteSublayer(ToGuid(Key(31))), Status::kTimeout);
  EXPECT_FALSE(Lists(bfe_.Providers(), Key(30)));
  // The transaction saw nothing change under it and still commits.
  FWPM_PROVIDER0* got = nullptr;
  const GUID key = Key(30);
  EXPECT_THAT(FwpmProviderGetByKey0(engine, &key, &got),
              Win32FailsWith(FWP_E_PROVIDER_NOT_FOUND));
  ASSERT_THAT(FwpmTransactionCommit0(engine), Win32Succeeds());
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(30)), Status::kOk);
  ASSERT_THAT(FwpmProviderGetByKey0(engine, &key, &got), Win32Succeeds());
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  ASSERT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
}

TEST_F(WfpControlTest, WaitingSeederGetsTheLockWhenTheClientCommits) {
  WfpControl waiting(emu_, absl::Seconds(30));
  HANDLE engine = Open();
  ASSERT_THAT(FwpmTransactionBegin0(engine, 0), Win32Succeeds());
  Status seeded = Status::kUnmodelled;
  // The virtual clock does not move, so the seeder can only finish once the
  // client releases the lock.
  std::thread t([&] { seeded = waiting.AddProvider(SeedProvider(40)); });
  ASSERT_THAT(FwpmTransactionCommit0(engine), Win32Succeeds());
  t.join();
  EXPECT_EQ(seeded, Status::kOk);
  EXPECT_TRUE(Lists(bfe_.Providers(), Key(40)));
  ASSERT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
}

TEST_F(WfpControlTest, RestartKeepsOnlyPersistentSeededObjects) {
  ASSERT_EQ(bfe_.AddProvider(SeedProvider(50, wfp::kProviderFlagPersistent)),
            Status::kOk);
  ASSERT_EQ(bfe_.AddProvider(SeedProvider(51)), Status::kOk);
  bfe_.Stop();
  EXPECT_FALSE(bfe_.running());
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(52)), Status::kServiceNotRunning);
  bfe_.Start();
  EXPECT_TRUE(Lists(bfe_.Providers(), Key(50)));
  EXPECT_FALSE(Lists(bfe_.Providers(), Key(51)));
  bfe_.Restart();
  EXPECT_TRUE(Lists(bfe_.Providers(), Key(50)));
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(52)), Status::kOk);
}

TEST_F(WfpControlTest, SeedingIsValidatedAndMayFailToCommit) {
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(60)), Status::kOk);
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(60)), Status::kAlreadyExists);
  wfp::Provider unnamed = SeedProvider(61);
  unnamed.name.reset();
  EXPECT_EQ(bfe_.AddProvider(unnamed), Status::kNullDisplayName);
  EXPECT_EQ(bfe_.AddFilter(SeedFilter(62, Key(63))), Status::kSublayerNotFound);
  bfe_.FailNextCommitAfter(0);
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(64)), Status::kCommitFailed);
  EXPECT_FALSE(Lists(bfe_.Providers(), Key(64)));
  // Built-in objects cannot be deleted.
  EXPECT_EQ(bfe_.DeleteSublayer(ToGuid(FWPM_SUBLAYER_UNIVERSAL)),
            Status::kBuiltinObject);
  EXPECT_TRUE(Lists(bfe_.Sublayers(), FWPM_SUBLAYER_UNIVERSAL));
}

TEST_F(WfpControlTest, AccessChecksCanBeTurnedOffAndDoNotApplyToSeeding) {
  Process& user = emu_.SpawnProcess({.image_name = "user.exe"});
  ScopedProcess as(user);
  HANDLE engine = Open();
  ASSERT_EQ(bfe_.Sessions().size(), 1u);
  EXPECT_EQ(bfe_.Sessions()[0].process_id, user.id());
  FWPM_PROVIDER0 p = {};
  p.providerKey = Key(70);
  p.displayData.name = const_cast<wchar_t*>(L"user provider");
  EXPECT_THAT(FwpmProviderAdd0(engine, &p, nullptr),
              Win32FailsWith(ERROR_ACCESS_DENIED));
  EXPECT_EQ(bfe_.AddProvider(SeedProvider(71)), Status::kOk);
  bfe_.SetAccessChecks(false);
  EXPECT_THAT(FwpmProviderAdd0(engine, &p, nullptr), Win32Succeeds());
  bfe_.SetAccessChecks(true);
  const GUID key = Key(70);
  EXPECT_THAT(FwpmProviderDeleteByKey0(engine, &key),
              Win32FailsWith(ERROR_ACCESS_DENIED));
  ASSERT_THAT(FwpmEngineClose0(engine), Win32Succeeds());
}

}  // namespace
}  // namespace winemu
