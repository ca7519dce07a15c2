// Copyright winemu authors.
#include "api/kernel32/sync.h"

#include <ntstatus.h>

#include <utility>

namespace winemu::kernel32 {

const ObjectType kEventType = {"event", "CloseHandle", true};
const ObjectType kThreadType = {"thread", "CloseHandle", true};
const ObjectType kCompletionPortType = {"I/O completion port", "CloseHandle",
                                        true};

SyncState::SyncState(Emulator& emu) : emu_(emu) {}

SyncState::~SyncState() {
  {
    MutexLock lock(&mu);
    shutting_down_ = true;
    cv.SignalAll();
  }
  std::vector<std::thread> threads;
  {
    MutexLock lock(&threads_mu_);
    threads.swap(threads_);
  }
  for (std::thread& t : threads) {
    if (t.joinable()) t.join();
  }
}

bool SyncState::Wait(std::optional<absl::Time> deadline,
                     const std::function<bool()>& ready) {
  auto done = [&] {
    mu.AssertHeld();
    return shutting_down_ || ready();
  };
  if (!deadline.has_value()) {
    while (!done()) cv.Wait(&mu);
  } else {
    emu_.clock().AwaitUntil(&mu, &cv, *deadline, done);
  }
  return !shutting_down_ && ready();
}

void SyncState::AddThread(std::thread thread) {
  MutexLock lock(&threads_mu_);
  threads_.push_back(std::move(thread));
}

void CompletionPort::OnClose(CloseReason reason) {
  MutexLock lock(&state_->mu);
  packets.clear();
  state_->cv.SignalAll();  // waiters see closed()
}

namespace {

// hEvent with the low bit set: signal the event but queue no packet.
HANDLE EventOf(LPOVERLAPPED overlapped, bool* skip_port) {
  const auto value = reinterpret_cast<ULONG_PTR>(overlapped->hEvent);
  *skip_port = (value & 1) != 0;
  return reinterpret_cast<HANDLE>(value & ~ULONG_PTR{1});
}

Mutex& CancellersMutex() {
  static auto* mu = new Mutex;
  return *mu;
}
std::vector<std::pair<const ObjectType*, Canceller>>& Cancellers() {
  static auto* v = new std::vector<std::pair<const ObjectType*, Canceller>>;
  return *v;
}

}  // namespace

bool BeginOverlapped(ProcessId owner, LPOVERLAPPED overlapped) {
  Emulator& emu = Emulator::Current();
  SyncState& state = SyncState::Of(emu);
  bool skip_port;
  HANDLE event = EventOf(overlapped, &skip_port);
  std::shared_ptr<Event> e;
  if (event != nullptr) {
    auto found = emu.handles().Lookup<Event>(reinterpret_cast<uint64_t>(event),
                                             owner, &kEventType);
    if (!found.ok()) return false;
    e = found.object;
  }
  MutexLock lock(&state.mu);
  overlapped->Internal = static_cast<ULONG_PTR>(STATUS_PENDING);
  overlapped->InternalHigh = 0;
  if (e) e->SetLocked(false);
  return true;
}

void CompleteOverlapped(ProcessId owner, HANDLE file, LPOVERLAPPED overlapped,
                        uint32_t status, DWORD bytes) {
  Emulator& emu = Emulator::Current();
  SyncState& state = SyncState::Of(emu);
  bool skip_port;
  HANDLE event = EventOf(overlapped, &skip_port);
  std::shared_ptr<Event> e;
  if (event != nullptr) {
    auto found = emu.handles().Lookup<Event>(reinterpret_cast<uint64_t>(event),
                                             owner, &kEventType);
    if (found.ok()) e = found.object;
  }
  MutexLock lock(&state.mu);
  overlapped->InternalHigh = bytes;
  overlapped->Internal = static_cast<ULONG_PTR>(status);
  if (e) e->SetLocked(true);
  if (!skip_port) {
    auto it = state.associations.find(reinterpret_cast<uint64_t>(file));
    if (it != state.associations.end()) {
      if (auto port = it->second.port.lock(); port && !port->closed()) {
        port->packets.push_back({bytes, it->second.key, overlapped, status});
      }
    }
  }
  state.cv.SignalAll();
}

void FailOverlapped(LPOVERLAPPED overlapped, uint32_t status) {
  SyncState& state = SyncState::Of(Emulator::Current());
  MutexLock lock(&state.mu);
  overlapped->Internal = static_cast<ULONG_PTR>(status);
  state.cv.SignalAll();
}

void RegisterCanceller(const ObjectType* type, Canceller canceller) {
  MutexLock lock(&CancellersMutex());
  Cancellers().emplace_back(type, std::move(canceller));
}

// Used by CancelIoEx (iocp.cc).
const Canceller* FindCanceller(const ObjectType* type) {
  MutexLock lock(&CancellersMutex());
  for (auto& [t, c] : Cancellers()) {
    if (t == type) return &c;
  }
  return nullptr;
}

}  // namespace winemu::kernel32
