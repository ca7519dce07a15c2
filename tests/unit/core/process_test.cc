// Copyright winemu authors.
//
// Unit tests of Emulator's processes: the default and System processes,
// ScopedProcess, TerminateProcess, teardown, nesting and extensions.
#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "emu/core/emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

const ObjectType kThingType = {"test thing", "TestClose", false};

// Appends "<name>:<reason>" to a shared log when closed.
class LoggingObject : public Object {
 public:
  LoggingObject(std::string name, std::vector<std::string>* log)
      : Object(kThingType), name_(std::move(name)), log_(log) {}

 protected:
  void OnClose(CloseReason reason) override {
    const char* why = reason == CloseReason::kExplicit      ? "explicit"
                      : reason == CloseReason::kProcessExit ? "exit"
                                                            : "teardown";
    log_->push_back(name_ + ":" + why);
  }

 private:
  std::string name_;
  std::vector<std::string>* log_;
};

uint64_t Open(Emulator& emu, ProcessId pid, std::string name,
              std::vector<std::string>* log) {
  return emu.handles().Insert(
      pid, std::make_shared<LoggingObject>(std::move(name), log), "TestOpen",
      emu.trace().NextSeq());
}

EmulatorOptions Deterministic() {
  return {.mode = EmulatorMode::kDeterministic};
}

TEST(ProcessTest, DefaultAndSystemProcesses) {
  Emulator emu(Deterministic());
  Process& system = emu.system_process();
  EXPECT_EQ(system.id(), kSystemProcessId);
  EXPECT_EQ(system.id(), 4u);
  EXPECT_TRUE(system.is_system());
  EXPECT_EQ(system.image_name(), "System");
  Process& def = emu.default_process();
  EXPECT_FALSE(def.is_system());
  EXPECT_NE(def.id(), system.id());
  EXPECT_EQ(def.image_name(), "client.exe");
  EXPECT_EQ(&emu.current_process(), &def);
  EXPECT_EQ(emu.FindProcess(4), &system);
  EXPECT_EQ(emu.FindProcess(def.id()), &def);
  EXPECT_EQ(emu.FindProcess(12345), nullptr);

  EXPECT_FALSE(emu.TerminateProcess(kSystemProcessId));
  EXPECT_TRUE(system.alive());
}

TEST(ProcessTest, SpawnProcessGivesDistinctIds) {
  Emulator emu(Deterministic());
  Process& a = emu.SpawnProcess({.image_name = "a.exe"});
  Process& b = emu.SpawnProcess({.image_name = "b.exe"});
  EXPECT_EQ(a.image_name(), "a.exe");
  EXPECT_EQ(b.image_name(), "b.exe");
  EXPECT_NE(a.id(), b.id());
  EXPECT_NE(a.id(), emu.default_process().id());
  EXPECT_NE(a.id(), kSystemProcessId);
  EXPECT_EQ(a.id() % 4, 0u);
  EXPECT_EQ(emu.FindProcess(b.id()), &b);
}

TEST(ProcessTest, ScopedProcessIsPerThreadPerEmulatorAndNests) {
  Emulator emu(Deterministic());
  Emulator inner(Deterministic());
  Process& a = emu.SpawnProcess();
  Process& b = emu.SpawnProcess();
  Process& x = inner.SpawnProcess();
  {
    ScopedProcess as_a(a);
    EXPECT_EQ(&emu.current_process(), &a);
    EXPECT_EQ(&inner.current_process(), &inner.default_process());
    Process* seen_on_other_thread = nullptr;
    std::thread([&] { seen_on_other_thread = &emu.current_process(); }).join();
    EXPECT_EQ(seen_on_other_thread, &emu.default_process());
    {
      ScopedProcess as_b(b);
      EXPECT_EQ(&emu.current_process(), &b);
      {
        // Another emulator's process does not change this emulator's.
        ScopedProcess as_x(x);
        EXPECT_EQ(&inner.current_process(), &x);
        EXPECT_EQ(&emu.current_process(), &b);
      }
    }
    EXPECT_EQ(&emu.current_process(), &a);
  }
  EXPECT_EQ(&emu.current_process(), &emu.default_process());
}

// Records exits, and what the process still held when told of its exit.
class ExitRecorder : public Extension {
 public:
  explicit ExitRecorder(Emulator& emu) : emu_(emu) {}
  void OnProcessExit(Process& process) override {
    exited.push_back(process.id());
    held_at_exit = 0;
    for (const HandleInfo& h : emu_.handles().Live()) {
      held_at_exit += h.owner == process.id();
    }
    for (const AllocationInfo& a : emu_.allocations().Live()) {
      held_at_exit += a.owner == process.id();
    }
  }
  std::vector<ProcessId> exited;
  int held_at_exit = -1;

 private:
  Emulator& emu_;
};

std::vector<void*> g_freed;
void RecordFree(void* p) { g_freed.push_back(p); }
const AllocationKind kTestMemory = {"test block", "TestFree", &RecordFree};

TEST(ProcessTest, TerminateProcessClosesItsObjectsOnceNewestFirst) {
  g_freed.clear();
  std::vector<std::string> log;
  Emulator emu(Deterministic());
  auto& recorder = emu.GetExtension<ExitRecorder>();
  Process& p = emu.SpawnProcess({.image_name = "svc.exe"});
  const ProcessId other = emu.default_process().id();
  const uint64_t first = Open(emu, p.id(), "first", &log);
  Open(emu, other, "bystander", &log);
  const uint64_t second = Open(emu, p.id(), "second", &log);
  int block_a = 0, block_b = 0, block_other = 0;
  emu.allocations().Track(&block_a, kTestMemory, 4, "TestAlloc", p.id(), 1);
  emu.allocations().Track(&block_b, kTestMemory, 4, "TestAlloc", p.id(), 2);
  emu.allocations().Track(&block_other, kTestMemory, 4, "TestAlloc", other, 3);

  ASSERT_TRUE(emu.TerminateProcess(p.id()));
  EXPECT_THAT(log, ElementsAre("second:exit", "first:exit"));
  EXPECT_THAT(g_freed, UnorderedElementsAre(&block_a, &block_b));
  EXPECT_THAT(recorder.exited, ElementsAre(p.id()));
  EXPECT_EQ(recorder.held_at_exit, 0);
  EXPECT_FALSE(p.alive());
  EXPECT_EQ(emu.FindProcess(p.id()), &p);  // terminated processes stay known
  EXPECT_EQ(emu.handles().Lookup(first, p.id(), nullptr).status,
            HandleStatus::kClosed);
  EXPECT_EQ(emu.handles().Lookup(second, p.id(), nullptr).status,
            HandleStatus::kClosed);
  EXPECT_EQ(emu.handles().size(), 1u);
  EXPECT_EQ(emu.allocations().size(), 1u);

  EXPECT_FALSE(emu.TerminateProcess(p.id()));
  EXPECT_FALSE(emu.TerminateProcess(999999));
  EXPECT_THAT(log, ElementsAre("second:exit", "first:exit"));
  EXPECT_THAT(recorder.exited, ElementsAre(p.id()));
  EXPECT_EQ(g_freed.size(), 2u);
  EXPECT_TRUE(emu.default_process().alive());
}

TEST(ProcessTest, DestructionClosesRemainingObjectsWithTeardown) {
  std::vector<std::string> log;
  g_freed.clear();
  int block = 0;
  {
    Emulator emu(Deterministic());
    Process& p = emu.SpawnProcess();
    Open(emu, emu.default_process().id(), "a", &log);
    const uint64_t b = Open(emu, p.id(), "b", &log);
    auto removed = emu.handles().Remove(b, p.id(), nullptr);
    ASSERT_TRUE(removed.ok());
    removed.object->Close(CloseReason::kExplicit);
    Open(emu, kSystemProcessId, "c", &log);
    emu.allocations().Track(&block, kTestMemory, 4, "TestAlloc", p.id(), 9);
    EXPECT_THAT(log, ElementsAre("b:explicit"));
  }
  // Newest first; the explicitly closed object is not closed again.
  EXPECT_THAT(log, ElementsAre("b:explicit", "c:teardown", "a:teardown"));
  EXPECT_THAT(g_freed, ElementsAre(&block));
}

TEST(ProcessTest, CurrentIsTheInnermostLiveEmulator) {
  Emulator& fallback = Emulator::Current();
  EXPECT_EQ(fallback.mode(), EmulatorMode::kThreaded);
  EXPECT_EQ(&Emulator::Current(), &fallback);
  {
    Emulator outer(Deterministic());
    EXPECT_EQ(&Emulator::Current(), &outer);
    {
      Emulator inner(Deterministic());
      EXPECT_EQ(&Emulator::Current(), &inner);
      EXPECT_NE(&inner, &fallback);
    }
    EXPECT_EQ(&Emulator::Current(), &outer);
  }
  EXPECT_EQ(&Emulator::Current(), &fallback);
}

class CountedExtension : public Extension {
 public:
  static std::atomic<int> constructed;
  explicit CountedExtension(Emulator& emu) : emu(&emu) {
    ++constructed;
    // Widen the window in which racing first users could each build one.
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  Emulator* emu;
};
std::atomic<int> CountedExtension::constructed{0};

TEST(ProcessTest, GetExtensionCreatesOncePerEmulator) {
  CountedExtension::constructed = 0;
  Emulator emu(Deterministic());
  CountedExtension& e = emu.GetExtension<CountedExtension>();
  EXPECT_EQ(e.emu, &emu);
  EXPECT_EQ(&emu.GetExtension<CountedExtension>(), &e);
  EXPECT_EQ(CountedExtension::constructed.load(), 1);

  Emulator other(Deterministic());
  EXPECT_NE(&other.GetExtension<CountedExtension>(), &e);
  EXPECT_EQ(CountedExtension::constructed.load(), 2);
}

TEST(ProcessTest, GetExtensionUnderConcurrentFirstUse) {
  for (int round = 0; round < 5; ++round) {
    CountedExtension::constructed = 0;
    Emulator emu(Deterministic());
    constexpr int kThreads = 6;
    std::vector<CountedExtension*> seen(kThreads);
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&, t] {
        while (!go.load()) {
        }
        seen[t] = &emu.GetExtension<CountedExtension>();
      });
    }
    go = true;
    for (auto& t : threads) t.join();
    for (CountedExtension* e : seen) EXPECT_EQ(e, seen[0]);
    EXPECT_EQ(seen[0]->emu, &emu);
    EXPECT_EQ(CountedExtension::constructed.load(), 1) << "round " << round;
  }
}

}  // namespace
}  // namespace winemu
