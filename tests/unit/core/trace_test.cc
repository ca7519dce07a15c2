// Copyright winemu authors.
//
// Unit tests of Trace, and of the events ApiCall records in it.
#include "emu/core/trace.h"

#include <cstdint>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr ApiInfo kEnumInfo = {"TestEnum",          "testdll",
                               Support::kSupported, "",
                               CodeKind::kWin32,    0x80320001};
constexpr ApiInfo kHresultInfo = {
    "TestHr", "testdll",          Support::kSupported,
    "",       CodeKind::kHresult, 0x80004005};

__attribute__((noinline)) uint32_t TestEnum(uint64_t handle, int count,
                                            uint32_t result) {
  WINEMU_API_CALL(call, kEnumInfo);
  WINEMU_TRACE_ARGS(call, "0x%x, %d", handle, count);
  return call.Finish(result);
}

__attribute__((noinline)) void TestHrNoFinish() {
  WINEMU_API_CALL(call, kHresultInfo);
}

TEST(TraceTest, ApiCallRecordsOneCallEvent) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  Process& svc = emu.SpawnProcess({.image_name = "svc.exe"});
  {
    ScopedProcess as(svc);
    EXPECT_EQ(TestEnum(0x1004, 3, 0x80320002), 0x80320002u);
  }
  const std::vector<TraceEvent> events = emu.trace().Events();
  ASSERT_EQ(events.size(), 1u);
  const TraceEvent& e = events[0];
  EXPECT_EQ(e.kind, TraceEvent::Kind::kCall);
  EXPECT_EQ(e.seq, 1u);
  EXPECT_EQ(e.time, emu.clock().Now());
  EXPECT_EQ(e.process, svc.id());
  EXPECT_EQ(e.thread, CurrentThreadTraceId());
  EXPECT_EQ(e.api, "TestEnum");
  EXPECT_EQ(e.args, "0x1004, 3");
  EXPECT_EQ(e.result, "0x80320002");

  TestEnum(0x1008, 0, 0);
  const auto more = emu.trace().Events();
  ASSERT_EQ(more.size(), 2u);
  EXPECT_EQ(more[1].seq, 2u);
  EXPECT_EQ(more[1].process, emu.default_process().id());
  EXPECT_EQ(more[1].result, "0");
}

TEST(TraceTest, ThreadIdsAreSmallStableAndDistinct) {
  const uint32_t mine = CurrentThreadTraceId();
  EXPECT_NE(mine, 0u);
  EXPECT_EQ(CurrentThreadTraceId(), mine);
  uint32_t other = 0;
  std::thread([&] { other = CurrentThreadTraceId(); }).join();
  EXPECT_NE(other, 0u);
  EXPECT_NE(other, mine);
}

TEST(TraceTest, CallWithoutFinishIsRecordedAsNoResult) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  TestHrNoFinish();
  const auto events = emu.trace().Events();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].api, "TestHr");
  EXPECT_EQ(events[0].result, "(no result)");
}

TEST(TraceTest, FormatCodeFollowsTheCodeKind) {
  EXPECT_EQ(FormatCode(CodeKind::kWin32, 5), "5");
  EXPECT_EQ(FormatCode(CodeKind::kWin32, 0x80320009), "0x80320009");
  EXPECT_EQ(FormatCode(CodeKind::kHresult, 0), "0x00000000");
  EXPECT_EQ(FormatCode(CodeKind::kNtstatus, 0xC0000008), "0xC0000008");
  EXPECT_EQ(FormatCode(CodeKind::kBool, 1), "TRUE");
  EXPECT_EQ(FormatCode(CodeKind::kBool, 0), "FALSE");
  EXPECT_EQ(FormatCode(CodeKind::kVoid, 0), "void");
}

TEST(TraceTest, DisabledTraceRecordsNothingAndCallSeqIsZero) {
  Emulator emu({.mode = EmulatorMode::kDeterministic, .trace = false});
  EXPECT_FALSE(emu.trace().enabled());
  uint64_t seq = 99;
  {
    WINEMU_API_CALL(call, kEnumInfo);
    seq = call.seq();
    EXPECT_FALSE(call.tracing());
    call.Finish(0);
  }
  EXPECT_EQ(seq, 0u);
  TestEnum(4, 1, 0);
  EXPECT_THAT(emu.trace().Events(), IsEmpty());
  EXPECT_EQ(emu.trace().ToText(), "");
  // Sequence numbers are still handed out (handles record where they began).
  EXPECT_EQ(emu.trace().NextSeq(), 1u);

  emu.trace().set_enabled(true);
  TestEnum(4, 1, 0);
  ASSERT_EQ(emu.trace().Events().size(), 1u);
  EXPECT_EQ(emu.trace().Events()[0].seq, 2u);
}

TEST(TraceTest, CapacityDropsOldestFirst) {
  Trace trace(3);
  for (uint64_t i = 1; i <= 5; ++i) {
    TraceEvent e;
    e.seq = trace.NextSeq();
    e.api = absl::StrCat("Api", i);
    trace.Record(std::move(e));
  }
  const auto events = trace.Events();
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].api, "Api3");
  EXPECT_EQ(events[1].api, "Api4");
  EXPECT_EQ(events[2].api, "Api5");
  EXPECT_EQ(events[2].seq, 5u);
  trace.Clear();
  EXPECT_THAT(trace.Events(), IsEmpty());
}

TEST(TraceTest, CapacityOptionBoundsTheEmulatorTrace) {
  Emulator emu({.mode = EmulatorMode::kDeterministic, .trace_capacity = 2});
  for (int i = 0; i < 4; ++i) TestEnum(4, i, 0);
  const auto events = emu.trace().Events();
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].args, "0x4, 2");
  EXPECT_EQ(events[1].args, "0x4, 3");
}

TEST(TraceTest, ToTextContainsTheCallLine) {
  Emulator emu({.mode = EmulatorMode::kDeterministic});
  TestEnum(0x2000, 7, 0x80320003);
  emu.trace().Record({TraceEvent::Kind::kObjectBegin, emu.trace().NextSeq(),
                      emu.clock().Now(), 4, 1, "test session", "0x2000", ""});
  const std::string text = emu.trace().ToText();
  EXPECT_THAT(text, HasSubstr("TestEnum(0x2000, 7) -> 0x80320003\n"));
  EXPECT_THAT(text,
              HasSubstr(absl::StrCat("pid ", emu.default_process().id())));
  EXPECT_THAT(text, HasSubstr("+ test session 0x2000\n"));
  EXPECT_EQ(text.find("#1 "), 0u) << text;
}

}  // namespace
}  // namespace winemu
