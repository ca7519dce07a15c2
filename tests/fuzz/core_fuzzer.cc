// Copyright winemu authors.
//
// core_fuzzer.cc: fuzzes the engine core against a model.
//
// The input is a sequence of operations: spawn and terminate processes, open
// objects of two types, look up and close handle values (valid, stale,
// wrong-type, other-process and garbage), post delayed tasks, move the
// virtual clock and pump. After each lookup the table's answer must match the
// model; at the end every object must have been closed exactly once.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "emu/core/emulator.h"
#include "tests/fuzz/fuzzers.h"

namespace {

const winemu::ObjectType kTypeA = {"fuzz object A", "CloseA", false};
const winemu::ObjectType kTypeB = {"fuzz object B", "CloseB", true};

class Counted : public winemu::Object {
 public:
  Counted(const winemu::ObjectType& type, int* closes)
      : Object(type), closes_(closes) {}

 protected:
  void OnClose(winemu::CloseReason) override { ++*closes_; }

 private:
  int* closes_;
};

struct ModelHandle {
  uint64_t value;
  winemu::ProcessId owner;
  const winemu::ObjectType* type;
  bool open;
};

class Input {
 public:
  Input(const uint8_t* data, size_t size) : data_(data), size_(size) {}
  bool empty() const { return pos_ >= size_; }
  uint8_t Byte() { return pos_ < size_ ? data_[pos_++] : 0; }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t pos_ = 0;
};

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "core_fuzzer invariant broken: %s\n", what);
    std::abort();
  }
}

}  // namespace

static int FuzzOneInput(const uint8_t* data, size_t size) {
  Input in(data, size);
  std::vector<int> closes;
  closes.reserve(size + 1);  // stable addresses for the objects' counters
  std::vector<ModelHandle> model;
  int tasks_run = 0;
  int tasks_posted = 0;
  {
    winemu::Emulator emu(winemu::fuzz::InputOptions());
    std::vector<winemu::Process*> processes = {&emu.default_process()};
    while (!in.empty()) {
      const uint8_t op = in.Byte() % 8;
      winemu::Process* p = processes[in.Byte() % processes.size()];
      switch (op) {
        case 0:
          if (processes.size() < 8) processes.push_back(&emu.SpawnProcess());
          break;
        case 1: {
          const auto* type = in.Byte() & 1 ? &kTypeA : &kTypeB;
          closes.push_back(0);
          auto object = std::make_shared<Counted>(*type, &closes.back());
          if (!p->alive()) break;  // a dead process opens nothing
          const uint64_t h = emu.handles().Insert(p->id(), object, "fuzz", 0);
          model.push_back({h, p->id(), type, true});
          break;
        }
        case 2:
        case 3: {
          const bool remove = op == 3;
          const uint8_t pick = in.Byte();
          const auto* want = in.Byte() & 1 ? &kTypeA : &kTypeB;
          if (model.empty() || pick >= 240) {
            const uint64_t garbage = pick == 255 ? 0 : 0x1000 + pick * 3;
            auto r = emu.handles().Lookup(garbage, p->id(), want);
            Check(r.status == (garbage == 0 ? winemu::HandleStatus::kNull
                                            : winemu::HandleStatus::kInvalid),
                  "garbage handle status");
            break;
          }
          ModelHandle& m = model[pick % model.size()];
          auto expected = winemu::HandleStatus::kOk;
          if (!m.open) {
            expected = winemu::HandleStatus::kClosed;
          } else if (m.owner != p->id()) {
            expected = winemu::HandleStatus::kOtherProcess;
          } else if (m.type != want) {
            expected = winemu::HandleStatus::kWrongType;
          }
          auto r = remove ? emu.handles().Remove(m.value, p->id(), want)
                          : emu.handles().Lookup(m.value, p->id(), want);
          Check(r.status == expected, "handle status matches the model");
          if (remove && r.ok()) {
            r.object->Close(winemu::CloseReason::kExplicit);
            m.open = false;
          }
          break;
        }
        case 4:
          if (emu.TerminateProcess(p->id())) {
            for (ModelHandle& m : model) {
              if (m.owner == p->id()) m.open = false;
            }
          }
          break;
        case 5:
          ++tasks_posted;
          emu.queue().Post(
              "fuzz", [&tasks_run] { ++tasks_run; },
              absl::Milliseconds(in.Byte()));
          break;
        case 6:
          emu.clock().Advance(absl::Milliseconds(in.Byte()));
          break;
        case 7:
          emu.queue().RunUntilIdle();
          break;
      }
    }
    size_t open = 0;
    for (const ModelHandle& m : model) open += m.open ? 1 : 0;
    Check(emu.handles().size() == open, "open handle count matches");
    Check(tasks_run <= tasks_posted, "no task runs twice");
  }
  for (int c : closes) Check(c <= 1, "each object closed at most once");
  for (const ModelHandle& m : model) (void)m;
  // Every object that got a handle was closed by close, exit or teardown.
  size_t with_handle = model.size();
  size_t closed = 0;
  for (int c : closes) closed += c;
  Check(closed == with_handle, "every handled object closed exactly once");
  return 0;
}

int winemu::fuzz::CoreFuzzOne(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}

#ifndef WINEMU_FUZZ_BODY_ONLY  // `winemu replay` links every body at once
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  return FuzzOneInput(data, size);
}
#endif
