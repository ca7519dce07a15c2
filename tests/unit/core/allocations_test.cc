// Copyright winemu authors.
//
// Unit tests of AllocationTracker and of Emulator::Leaks(): tracked memory,
// frees of the wrong kind or of unknown pointers, and the leak report.
#include "emu/core/allocations.h"

#include <memory>
#include <string>
#include <vector>

#include "emu/core/emulator.h"
#include "emu/core/object.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

const AllocationKind kFwpmMemory = {"FwpmFreeMemory0 block", "FwpmFreeMemory0",
                                    nullptr};
const AllocationKind kPool = {"pool block", "ExFreePoolWithTag", nullptr};
const ObjectType kSessionType = {"WFP engine session", "FwpmEngineClose0",
                                 false};

TEST(AllocationTrackerTest, TrackThenReleaseOnce) {
  AllocationTracker tracker;
  int block = 0;
  tracker.Track(&block, kFwpmMemory, 128, "FwpmSessionEnum0", 1000, 5);
  EXPECT_EQ(tracker.size(), 1u);
  EXPECT_EQ(tracker.Release(&block, kFwpmMemory), ReleaseStatus::kOk);
  EXPECT_EQ(tracker.size(), 0u);
  EXPECT_EQ(tracker.Release(&block, kFwpmMemory), ReleaseStatus::kUnknown);
}

TEST(AllocationTrackerTest, UnknownAndWrongKind) {
  AllocationTracker tracker;
  int block = 0, never_tracked = 0;
  tracker.Track(&block, kPool, 16, "ExAllocatePool2", kSystemProcessId, 1,
                0x74736554);
  EXPECT_EQ(tracker.Release(&never_tracked, kPool), ReleaseStatus::kUnknown);
  EXPECT_EQ(tracker.Release(nullptr, kPool), ReleaseStatus::kUnknown);
  EXPECT_EQ(tracker.Release(&block, kFwpmMemory), ReleaseStatus::kWrongKind);
  // A wrong-kind free leaves the block tracked.
  EXPECT_EQ(tracker.size(), 1u);
  EXPECT_EQ(tracker.Release(&block, kPool), ReleaseStatus::kOk);
}

TEST(AllocationTrackerTest, LiveDescribesBlocksInCreationOrder) {
  AllocationTracker tracker;
  int a = 0, b = 0;
  tracker.Track(&b, kPool, 32, "ExAllocatePool2", kSystemProcessId, 9,
                0x6C6F6F50);
  tracker.Track(&a, kFwpmMemory, 64, "FwpmFilterEnum0", 1000, 3);
  const auto live = tracker.Live();
  ASSERT_EQ(live.size(), 2u);
  EXPECT_EQ(live[0].address, &a);
  EXPECT_EQ(live[0].kind, &kFwpmMemory);
  EXPECT_EQ(live[0].size, 64u);
  EXPECT_STREQ(live[0].created_by, "FwpmFilterEnum0");
  EXPECT_EQ(live[0].owner, 1000u);
  EXPECT_EQ(live[0].trace_seq, 3u);
  EXPECT_EQ(live[0].tag, 0u);
  EXPECT_EQ(live[1].address, &b);
  EXPECT_EQ(live[1].tag, 0x6C6F6F50u);
}

TEST(AllocationTrackerTest, ReleaseAllOwnedByTakesOnlyThatOwner) {
  AllocationTracker tracker;
  int a = 0, b = 0, c = 0;
  tracker.Track(&a, kFwpmMemory, 1, "X", 1000, 1);
  tracker.Track(&b, kFwpmMemory, 1, "X", 1004, 2);
  tracker.Track(&c, kFwpmMemory, 1, "X", 1000, 3);
  const auto taken = tracker.ReleaseAllOwnedBy(1000);
  std::vector<const void*> addresses;
  for (const auto& info : taken) addresses.push_back(info.address);
  EXPECT_THAT(addresses, ::testing::UnorderedElementsAre(&a, &c));
  EXPECT_EQ(tracker.size(), 1u);
  EXPECT_EQ(tracker.Release(&a, kFwpmMemory), ReleaseStatus::kUnknown);
  EXPECT_EQ(tracker.ReleaseAll().size(), 1u);
  EXPECT_EQ(tracker.size(), 0u);
}

TEST(LeakReportTest, ListsOpenHandlesAndLiveAllocations) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  EXPECT_TRUE(emu.Leaks().empty());
  Process& svc = emu.SpawnProcess({.image_name = "svc.exe"});
  const uint64_t h = emu.handles().Insert(
      svc.id(), std::make_shared<Object>(kSessionType), "FwpmEngineOpen0", 7);
  int block = 0;
  emu.allocations().Track(&block, kFwpmMemory, 48, "FwpmSessionEnum0",
                          emu.default_process().id(), 8);

  const LeakReport leaks = emu.Leaks();
  EXPECT_FALSE(leaks.empty());
  ASSERT_EQ(leaks.handles.size(), 1u);
  EXPECT_EQ(leaks.handles[0].value, h);
  EXPECT_STREQ(leaks.handles[0].type->name, "WFP engine session");
  EXPECT_STREQ(leaks.handles[0].created_by, "FwpmEngineOpen0");
  EXPECT_EQ(leaks.handles[0].owner, svc.id());
  ASSERT_EQ(leaks.allocations.size(), 1u);
  EXPECT_EQ(leaks.allocations[0].address, &block);
  EXPECT_EQ(leaks.allocations[0].owner, emu.default_process().id());

  const std::string text = leaks.ToString();
  EXPECT_THAT(text, HasSubstr("WFP engine session"));
  EXPECT_THAT(text, HasSubstr("from FwpmEngineOpen0"));
  EXPECT_THAT(text, HasSubstr("close it with FwpmEngineClose0"));
  EXPECT_THAT(text, HasSubstr("process " + std::to_string(svc.id())));
  EXPECT_THAT(text, HasSubstr("48 bytes"));
  EXPECT_THAT(text, HasSubstr("from FwpmSessionEnum0"));
  EXPECT_THAT(text, HasSubstr("free it with FwpmFreeMemory0"));

  ASSERT_TRUE(emu.handles().Remove(h, svc.id(), &kSessionType).ok());
  EXPECT_FALSE(emu.Leaks().empty());
  EXPECT_EQ(emu.allocations().Release(&block, kFwpmMemory), ReleaseStatus::kOk);
  EXPECT_TRUE(emu.Leaks().empty());
  EXPECT_EQ(emu.Leaks().ToString(), "");
}

TEST(LeakReportTest, TerminatedProcessLeaksNothing) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  Process& svc = emu.SpawnProcess();
  emu.handles().Insert(svc.id(), std::make_shared<Object>(kSessionType),
                       "FwpmEngineOpen0", 1);
  int block = 0;
  emu.allocations().Track(&block, kFwpmMemory, 8, "FwpmSessionEnum0", svc.id(),
                          2);
  EXPECT_EQ(emu.Leaks().handles.size(), 1u);
  EXPECT_EQ(emu.Leaks().allocations.size(), 1u);
  ASSERT_TRUE(emu.TerminateProcess(svc.id()));
  EXPECT_TRUE(emu.Leaks().empty());
  EXPECT_THAT(emu.Leaks().handles, IsEmpty());
}

}  // namespace
}  // namespace winemu
