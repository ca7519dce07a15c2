// Copyright winemu authors.
//
// Unit tests of HandleTable: values, lookup statuses, atomic removal,
// per-process removal, and a multi-threaded consistency check.
#include "emu/core/handle_table.h"

#include <atomic>
#include <cstdint>
#include <memory>
#include <random>
#include <thread>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

const ObjectType kSessionType = {"test session", "TestClose", false};
const ObjectType kEnumType = {"test enum", "TestEnumClose", false};

constexpr ProcessId kPid = 1000;
constexpr ProcessId kOtherPid = 1004;

struct Counted : Object {
  explicit Counted(const ObjectType& type = kSessionType, int id = 0)
      : Object(type), id(id) {}
  int id;
};

std::shared_ptr<Counted> Make(int id = 0) {
  return std::make_shared<Counted>(kSessionType, id);
}

TEST(HandleTableTest, InsertThenLookupReturnsTheObject) {
  HandleTable table(7);
  auto object = Make(42);
  const uint64_t h = table.Insert(kPid, object, "TestOpen", 1);
  auto found = table.Lookup<Counted>(h, kPid, &kSessionType);
  ASSERT_EQ(found.status, HandleStatus::kOk);
  EXPECT_TRUE(found.ok());
  EXPECT_EQ(found.object.get(), object.get());
  EXPECT_EQ(found.object->id, 42);
  // A null type accepts any type.
  EXPECT_EQ(table.Lookup(h, kPid, nullptr).status, HandleStatus::kOk);
  EXPECT_EQ(table.size(), 1u);
}

TEST(HandleTableTest, ValuesAreNonZeroMultiplesOfFourAndNeverReused) {
  HandleTable table(3);
  std::vector<uint64_t> values;
  for (int i = 0; i < 100; ++i) {
    const uint64_t h = table.Insert(kPid, Make(i), "TestOpen", i);
    EXPECT_NE(h, 0u);
    EXPECT_EQ(h % 4, 0u) << h;
    for (uint64_t old : values) ASSERT_NE(h, old);
    values.push_back(h);
    // Close every other one: closing must not free the value for reuse.
    if (i % 2 == 0) {
      ASSERT_TRUE(table.Remove(h, kPid, nullptr).ok());
    }
  }
  EXPECT_EQ(table.size(), 50u);
}

TEST(HandleTableTest, LookupStatuses) {
  HandleTable table(5);
  HandleTable other_emulator(6);
  const uint64_t h = table.Insert(kPid, Make(), "TestOpen", 1);
  const uint64_t foreign = other_emulator.Insert(kPid, Make(), "TestOpen", 1);
  ASSERT_EQ(other_emulator.Lookup(foreign, kPid, nullptr).status,
            HandleStatus::kOk);

  EXPECT_EQ(table.Lookup(0, kPid, nullptr).status, HandleStatus::kNull);
  EXPECT_EQ(table.Lookup(h + 1, kPid, nullptr).status, HandleStatus::kInvalid);
  EXPECT_EQ(table.Lookup(h + 2, kPid, nullptr).status, HandleStatus::kInvalid);
  EXPECT_EQ(table.Lookup(~uint64_t{3}, kPid, nullptr).status,
            HandleStatus::kInvalid);
  EXPECT_EQ(table.Lookup(0x1234, kPid, nullptr).status, HandleStatus::kInvalid);
  // Another table's value, although its serial was issued here too.
  EXPECT_EQ(table.Lookup(foreign, kPid, nullptr).status,
            HandleStatus::kInvalid);
  // Same tag and alignment, but a serial never issued.
  EXPECT_EQ(table.Lookup(h + 4, kPid, nullptr).status, HandleStatus::kInvalid);
  EXPECT_EQ(table.Lookup(h + 400, kPid, nullptr).status,
            HandleStatus::kInvalid);

  EXPECT_EQ(table.Lookup(h, kPid, &kEnumType).status, HandleStatus::kWrongType);
  EXPECT_EQ(table.Lookup(h, kOtherPid, &kSessionType).status,
            HandleStatus::kOtherProcess);
  // Other-process takes precedence over wrong-type.
  EXPECT_EQ(table.Lookup(h, kOtherPid, &kEnumType).status,
            HandleStatus::kOtherProcess);

  // Failed lookups and removals leave the handle alone.
  EXPECT_EQ(table.Remove(h, kOtherPid, nullptr).status,
            HandleStatus::kOtherProcess);
  EXPECT_EQ(table.Remove(h, kPid, &kEnumType).status, HandleStatus::kWrongType);
  auto removed = table.Remove(h, kPid, &kSessionType);
  ASSERT_TRUE(removed.ok());
  EXPECT_NE(removed.object, nullptr);

  auto stale = table.Lookup(h, kPid, &kSessionType);
  EXPECT_EQ(stale.status, HandleStatus::kClosed);
  EXPECT_EQ(stale.object, nullptr);
  EXPECT_EQ(table.Remove(h, kPid, nullptr).status, HandleStatus::kClosed);
  // A value issued later than h is still not issued after h's removal.
  EXPECT_EQ(table.Lookup(h + 4, kPid, nullptr).status, HandleStatus::kInvalid);
}

TEST(HandleTableTest, StatusNamesAreDistinct) {
  EXPECT_STREQ(HandleStatusName(HandleStatus::kOk), "ok");
  EXPECT_STRNE(HandleStatusName(HandleStatus::kClosed),
               HandleStatusName(HandleStatus::kInvalid));
}

TEST(HandleTableTest, ConcurrentRemoveHasExactlyOneWinner) {
  HandleTable table(9);
  for (int round = 0; round < 200; ++round) {
    const uint64_t h = table.Insert(kPid, Make(round), "TestOpen", round);
    std::atomic<int> winners{0};
    std::atomic<int> closed{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < 2; ++t) {
      threads.emplace_back([&] {
        while (!go.load()) {
        }
        auto r = table.Remove(h, kPid, &kSessionType);
        if (r.ok()) ++winners;
        if (r.status == HandleStatus::kClosed) ++closed;
      });
    }
    go = true;
    for (auto& t : threads) t.join();
    ASSERT_EQ(winners.load(), 1) << "round " << round;
    ASSERT_EQ(closed.load(), 1) << "round " << round;
  }
  EXPECT_EQ(table.size(), 0u);
}

TEST(HandleTableTest, RemoveAllOwnedByIsNewestFirstAndKeepsOthers) {
  HandleTable table(11);
  const uint64_t a = table.Insert(kPid, Make(1), "TestOpen", 1);
  const uint64_t other = table.Insert(kOtherPid, Make(2), "TestOpen", 2);
  const uint64_t b = table.Insert(kPid, Make(3), "TestOpen", 3);
  const uint64_t c = table.Insert(kPid, Make(4), "TestOpen", 4);

  std::vector<int> ids;
  for (auto& object : table.RemoveAllOwnedBy(kPid)) {
    ids.push_back(static_cast<Counted&>(*object).id);
  }
  EXPECT_THAT(ids, ElementsAre(4, 3, 1));
  EXPECT_EQ(table.Lookup(a, kPid, nullptr).status, HandleStatus::kClosed);
  EXPECT_EQ(table.Lookup(b, kPid, nullptr).status, HandleStatus::kClosed);
  EXPECT_EQ(table.Lookup(c, kPid, nullptr).status, HandleStatus::kClosed);
  EXPECT_EQ(table.Lookup(other, kOtherPid, nullptr).status, HandleStatus::kOk);
  EXPECT_THAT(table.RemoveAllOwnedBy(kPid), IsEmpty());
  EXPECT_EQ(table.RemoveAll().size(), 1u);
  EXPECT_EQ(table.size(), 0u);
}

struct CloseRecorder : Object {
  CloseRecorder() : Object(kSessionType) {}
  void OnClose(CloseReason reason) override {
    ++closes;
    last_reason = reason;
  }
  std::atomic<int> closes{0};
  CloseReason last_reason = CloseReason::kExplicit;
};

TEST(HandleTableTest, InsertForAnEndedOwnerIssuesAClosedHandle) {
  HandleTable table(17);
  const uint64_t before = table.Insert(kPid, Make(), "TestOpen", 1);
  EXPECT_EQ(table.EndOwner(kPid).size(), 1u);

  auto late = std::make_shared<CloseRecorder>();
  const uint64_t h = table.Insert(kPid, late, "TestOpen", 2);
  EXPECT_NE(h, 0u);
  EXPECT_GT(h, before);               // a fresh value, never reused
  EXPECT_EQ(late->closes.load(), 1);  // closed at once, by the exit's reason
  EXPECT_EQ(late->last_reason, CloseReason::kProcessExit);
  EXPECT_EQ(late.use_count(), 1);  // the table kept no reference
  EXPECT_EQ(table.Lookup(h, kPid, nullptr).status, HandleStatus::kClosed);
  EXPECT_EQ(table.size(), 0u);
  EXPECT_THAT(table.Live(), IsEmpty());

  // Other owners are unaffected, and plain RemoveAllOwnedBy ends no owner.
  const uint64_t other = table.Insert(kOtherPid, Make(), "TestOpen", 3);
  EXPECT_EQ(table.Lookup(other, kOtherPid, nullptr).status, HandleStatus::kOk);
  EXPECT_EQ(table.RemoveAllOwnedBy(kOtherPid).size(), 1u);
  const uint64_t again = table.Insert(kOtherPid, Make(), "TestOpen", 4);
  EXPECT_EQ(table.Lookup(again, kOtherPid, nullptr).status, HandleStatus::kOk);
  EXPECT_EQ(table.RemoveAll().size(), 1u);
}

// Threads keep inserting for one owner while it ends: every object is closed
// exactly once, by the sweep's caller or by Insert, and none stays behind.
TEST(HandleTableTest, EndOwnerRacingInsertsLeavesNothingOpen) {
  constexpr int kThreads = 4;
  constexpr int kInserts = 2000;
  HandleTable table(19);
  std::vector<std::vector<std::shared_ptr<CloseRecorder>>> made(kThreads);
  std::atomic<int> started{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      ++started;
      for (int i = 0; i < kInserts; ++i) {
        auto object = std::make_shared<CloseRecorder>();
        made[t].push_back(object);
        table.Insert(kPid, object, "TestOpen", i);
      }
    });
  }
  while (started.load() < kThreads) std::this_thread::yield();
  for (auto& object : table.EndOwner(kPid)) {
    object->Close(CloseReason::kProcessExit);
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(table.size(), 0u);
  for (const auto& objects : made) {
    for (const auto& object : objects) ASSERT_EQ(object->closes.load(), 1);
  }
}

TEST(HandleTableTest, LiveDescribesEachOpenHandle) {
  HandleTable table(13);
  EXPECT_THAT(table.Live(), IsEmpty());
  const uint64_t s = table.Insert(kPid, Make(), "TestOpen", 17);
  const uint64_t e = table.Insert(
      kOtherPid, std::make_shared<Counted>(kEnumType), "TestEnumCreate", 18);
  const uint64_t gone = table.Insert(kPid, Make(), "TestOpen", 19);
  ASSERT_TRUE(table.Remove(gone, kPid, nullptr).ok());

  const std::vector<HandleInfo> live = table.Live();
  ASSERT_EQ(live.size(), 2u);
  EXPECT_EQ(live[0].value, s);
  EXPECT_EQ(live[0].type, &kSessionType);
  EXPECT_EQ(live[0].owner, kPid);
  EXPECT_STREQ(live[0].created_by, "TestOpen");
  EXPECT_EQ(live[0].trace_seq, 17u);
  EXPECT_EQ(live[1].value, e);
  EXPECT_EQ(live[1].type, &kEnumType);
  EXPECT_EQ(live[1].owner, kOtherPid);
  EXPECT_STREQ(live[1].created_by, "TestEnumCreate");
  EXPECT_EQ(live[1].trace_seq, 18u);
}

// 8 threads doing random inserts, lookups and removes on one table. Each
// thread checks its own handles; lookups of other threads' handles must give
// a consistent answer (ok or closed, never invalid).
TEST(HandleTableTest, ConcurrentRandomOperationsStayConsistent) {
  constexpr int kThreads = 8;
  constexpr int kOps = 20000;
  HandleTable table(15);
  std::vector<std::atomic<uint64_t>> published(kThreads);
  std::atomic<int> errors{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      const ProcessId pid = 2000 + 4 * t;
      std::mt19937 rng(t);
      std::vector<std::pair<uint64_t, int>> mine;  // value, object id
      std::vector<uint64_t> removed;
      for (int i = 0; i < kOps; ++i) {
        const int op = rng() % 3;
        if (op == 0 || mine.empty()) {
          const uint64_t h = table.Insert(pid, Make(i), "TestOpen", i);
          if (h == 0 || h % 4 != 0) ++errors;
          mine.emplace_back(h, i);
          published[t].store(h);
        } else if (op == 1) {
          const auto& [h, id] = mine[rng() % mine.size()];
          auto r = table.Lookup<Counted>(h, pid, &kSessionType);
          if (!r.ok() || r.object->id != id) ++errors;
          // Someone else's handle: other process, or already closed.
          const uint64_t theirs = published[(t + 1) % kThreads].load();
          if (theirs != 0) {
            const HandleStatus s = table.Lookup(theirs, pid, nullptr).status;
            if (s != HandleStatus::kOtherProcess && s != HandleStatus::kClosed)
              ++errors;
          }
        } else {
          const size_t k = rng() % mine.size();
          if (!table.Remove(mine[k].first, pid, &kSessionType).ok()) ++errors;
          removed.push_back(mine[k].first);
          mine[k] = mine.back();
          mine.pop_back();
        }
      }
      for (uint64_t h : removed) {
        if (table.Lookup(h, pid, nullptr).status != HandleStatus::kClosed)
          ++errors;
      }
      for (const auto& [h, id] : mine) {
        if (!table.Remove(h, pid, nullptr).ok()) ++errors;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(errors.load(), 0);
  EXPECT_EQ(table.size(), 0u);
}

}  // namespace
}  // namespace winemu
