// Copyright winemu authors.
#include "emu/core/emulator.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace winemu {
namespace {

// The stack of live emulators; the innermost is current.
struct CurrentStack {
  Mutex mu;
  std::vector<Emulator*> stack ABSL_GUARDED_BY(mu);
  std::atomic<Emulator*> top{nullptr};
};

CurrentStack& Stack() {
  static CurrentStack* s = new CurrentStack;  // used until program exit
  return *s;
}

// Tags tell handle values of different emulators apart.
std::atomic<uint32_t> g_next_tag{1};

// The innermost ScopedProcess of the calling thread; they chain outwards.
thread_local ScopedProcess* t_scope = nullptr;

}  // namespace

std::string LeakReport::ToString() const {
  std::string out;
  for (const HandleInfo& h : handles) {
    absl::StrAppendFormat(&out,
                          "leaked handle 0x%x: %s of process %d, from %s "
                          "(call #%d); close it with %s\n",
                          h.value, h.type->name, h.owner, h.created_by,
                          h.trace_seq, h.type->closer);
  }
  for (const AllocationInfo& a : allocations) {
    absl::StrAppendFormat(&out,
                          "leaked %s %p (%d bytes) of process %d, from %s "
                          "(call #%d); free it with %s\n",
                          a.kind->name, a.address, a.size, a.owner,
                          a.created_by, a.trace_seq, a.kind->freer);
  }
  return out;
}

Emulator::Emulator(EmulatorOptions options)
    : options_(std::move(options)),
      clock_(options_.mode == EmulatorMode::kDeterministic
                 ? Clock::Mode::kVirtual
                 : Clock::Mode::kReal),
      queue_(&clock_,
             options_.mode == EmulatorMode::kDeterministic
                 ? WorkQueue::Mode::kDeterministic
                 : WorkQueue::Mode::kThreaded,
             options_.worker_threads),
      handles_(g_next_tag.fetch_add(1)),
      trace_(options_.trace_capacity) {
  trace_.set_enabled(options_.trace);
  trace_.set_clock(&clock_);
  trace_.set_sink(options_.trace_sink);
  handles_.set_trace(&trace_);
  verifier_.set_policy(options_.verifier_policy);
  {
    MutexLock lock(&mu_);
    auto system = std::make_unique<Process>(
        kSystemProcessId,
        ProcessOptions{"System",
                       Identity{L"NT AUTHORITY\\SYSTEM", "S-1-5-18", true}},
        /*is_system=*/true);
    system_process_ = system.get();
    system_process_->emulator_ = this;
    processes_.emplace(kSystemProcessId, std::move(system));
    const ProcessId pid = next_pid_;
    next_pid_ += 4;
    auto process = std::make_unique<Process>(pid, options_.default_process,
                                             /*is_system=*/false);
    default_process_ = process.get();
    default_process_->emulator_ = this;
    processes_.emplace(pid, std::move(process));
  }
  CurrentStack& s = Stack();
  MutexLock lock(&s.mu);
  s.stack.push_back(this);
  s.top.store(this, std::memory_order_release);
}

Emulator::~Emulator() {
  queue_.Shutdown();
  for (auto& object : handles_.RemoveAll())
    object->Close(CloseReason::kTeardown);
  FreeAllocations(allocations_.ReleaseAll());
  {
    std::vector<std::unique_ptr<Extension>> extensions;
    {
      MutexLock lock(&mu_);
      extensions.swap(owned_extensions_);
    }
    while (!extensions.empty()) extensions.pop_back();  // newest first
  }
  CurrentStack& s = Stack();
  MutexLock lock(&s.mu);
  s.stack.erase(std::remove(s.stack.begin(), s.stack.end(), this),
                s.stack.end());
  s.top.store(s.stack.empty() ? nullptr : s.stack.back(),
              std::memory_order_release);
}

Emulator& Emulator::Current() {
  if (Emulator* e = Stack().top.load(std::memory_order_acquire)) return *e;
  // Zero setup: a plain program gets a working machine. Created on first use
  // and kept until exit (client threads may still be calling in).
  static Emulator* fallback = [] {
    auto* e = new Emulator();
    CurrentStack& s = Stack();
    MutexLock lock(&s.mu);
    s.stack.erase(std::remove(s.stack.begin(), s.stack.end(), e),
                  s.stack.end());
    s.top.store(s.stack.empty() ? nullptr : s.stack.back(),
                std::memory_order_release);
    return e;
  }();
  return *fallback;
}

Process& Emulator::current_process() {
  // A ScopedProcess belongs to one emulator: the innermost one of this
  // emulator wins, scopes of other emulators are skipped.
  for (const ScopedProcess* s = t_scope; s != nullptr; s = s->previous_) {
    if (s->process_->emulator_ == this) return *s->process_;
  }
  return *default_process_;
}

Process& Emulator::SpawnProcess(ProcessOptions options) {
  MutexLock lock(&mu_);
  const ProcessId pid = next_pid_;
  next_pid_ += 4;
  auto process =
      std::make_unique<Process>(pid, std::move(options), /*is_system=*/false);
  Process* raw = process.get();
  raw->emulator_ = this;
  processes_.emplace(pid, std::move(process));
  return *raw;
}

Process* Emulator::FindProcess(ProcessId id) {
  MutexLock lock(&mu_);
  auto it = processes_.find(id);
  return it == processes_.end() ? nullptr : it->second.get();
}

bool Emulator::TerminateProcess(ProcessId id) {
  Process* process = FindProcess(id);
  if (process == nullptr || process->is_system()) return false;
  if (!process->MarkTerminated()) return false;
  if (trace_.enabled()) {
    trace_.Record({TraceEvent::Kind::kNote, trace_.NextSeq(), clock_.Now(), id,
                   CurrentThreadTraceId(), "process exit",
                   process->image_name(), ""});
  }
  // The same close paths as explicit closes, outside every lock. EndOwner
  // also refuses handles the process's threads are still creating.
  for (auto& object : handles_.EndOwner(id)) {
    object->Close(CloseReason::kProcessExit);
  }
  FreeAllocations(allocations_.ReleaseAllOwnedBy(id));
  std::vector<Extension*> extensions;
  {
    MutexLock lock(&mu_);
    for (auto& e : owned_extensions_) extensions.push_back(e.get());
  }
  for (Extension* e : extensions) e->OnProcessExit(*process);
  return true;
}

LeakReport Emulator::Leaks() const {
  return LeakReport{handles_.Live(), allocations_.Live()};
}

int Emulator::AllocateExtensionSlot() {
  static std::atomic<int> next{0};
  const int slot = next.fetch_add(1);
  if (slot >= kMaxExtensions) {
    std::fprintf(stderr, "winemu: more than %d extension types\n",
                 kMaxExtensions);
    std::abort();
  }
  return slot;
}

Extension* Emulator::InstallExtension(
    int slot, const std::function<std::unique_ptr<Extension>()>& make) {
  // Constructed once, outside mu_: a constructor may use the emulator (even
  // get another extension). Racing first users wait for that construction.
  std::call_once(extension_once_[slot], [&] {
    std::unique_ptr<Extension> made = make();
    Extension* e = made.get();
    {
      MutexLock lock(&mu_);
      owned_extensions_.push_back(std::move(made));
    }
    extensions_[slot].store(e, std::memory_order_release);
  });
  return extensions_[slot].load(std::memory_order_acquire);
}

void Emulator::FreeAllocations(const std::vector<AllocationInfo>& allocations) {
  for (const AllocationInfo& a : allocations) {
    if (a.kind->free_fn != nullptr)
      a.kind->free_fn(const_cast<void*>(a.address));
  }
}

ScopedProcess::ScopedProcess(Process& process)
    : process_(&process), previous_(t_scope) {
  t_scope = this;
}

ScopedProcess::~ScopedProcess() { t_scope = previous_; }

}  // namespace winemu
