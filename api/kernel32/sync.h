// Copyright winemu authors.
//
// sync.h: the waitable objects of the emulated kernel32 (events, threads),
// I/O completion ports, and the overlapped-I/O plumbing other DLLs' shims
// use to complete their asynchronous operations.
//
// All waitable state of one emulator sits under one lock (SyncState::mu), so
// WaitForMultipleObjects sees a consistent picture; waits run on the
// emulator's Clock. A DLL that completes overlapped I/O (FltLib's
// FilterGetMessage) calls BeginOverlapped() when the operation pends and
// CompleteOverlapped() when it ends: that writes Internal / InternalHigh,
// signals hEvent and queues a packet to the completion port associated with
// the file handle (unless hEvent's low bit is set), as Windows does.
//
//   if (!kernel32::BeginOverlapped(pid, overlapped)) return E_HANDLE;
//   ... later, on any thread, with no lock held:
//   kernel32::CompleteOverlapped(pid, port_handle, overlapped, STATUS_SUCCESS,
//                                bytes);
#ifndef WINEMU_API_KERNEL32_SYNC_H_
#define WINEMU_API_KERNEL32_SYNC_H_

#include <minwinbase.h>
#include <windows.h>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/time/time.h"
#include "emu/core/emulator.h"
#include "emu/core/mutex.h"
#include "emu/core/object.h"

namespace winemu::kernel32 {

extern const ObjectType kEventType;
extern const ObjectType kThreadType;
extern const ObjectType kCompletionPortType;

class CompletionPort;

// Per-emulator state of the synchronisation objects.
class SyncState : public Extension {
 public:
  explicit SyncState(Emulator& emu);
  // Wakes every wait and joins the threads CreateThread started.
  ~SyncState() override;

  static SyncState& Of(Emulator& emu) { return emu.GetExtension<SyncState>(); }

  Emulator& emu() { return emu_; }

  // Blocks (mu held) until ready() or the deadline (nullopt: forever), or
  // until the emulator shuts down. Returns ready().
  bool Wait(std::optional<absl::Time> deadline,
            const std::function<bool()>& ready)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu);
  bool shutting_down() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu) {
    return shutting_down_;
  }

  struct Association {
    std::weak_ptr<CompletionPort> port;
    ULONG_PTR key;
  };

  Mutex mu;
  CondVar cv;  // signalled whenever any waitable state changes
  absl::flat_hash_map<uint64_t, Association> associations ABSL_GUARDED_BY(mu);

  void AddThread(std::thread thread);

 private:
  Emulator& emu_;
  bool shutting_down_ ABSL_GUARDED_BY(mu) = false;
  Mutex threads_mu_;
  std::vector<std::thread> threads_ ABSL_GUARDED_BY(threads_mu_);
};

// An object WaitFor* accepts; its state is guarded by SyncState::mu.
class Waitable : public Object {
 public:
  using Object::Object;
  virtual bool SignaledLocked() const = 0;
  // Called when a wait is satisfied by this object (auto-reset events).
  virtual void ConsumeLocked() {}
};

class Event : public Waitable {
 public:
  Event(bool manual_reset, bool signaled)
      : Waitable(kEventType),
        manual_reset_(manual_reset),
        signaled_(signaled) {}
  bool SignaledLocked() const override { return signaled_; }
  void ConsumeLocked() override {
    if (!manual_reset_) signaled_ = false;
  }
  void SetLocked(bool signaled) { signaled_ = signaled; }

 private:
  const bool manual_reset_;
  bool signaled_;  // guarded by SyncState::mu
};

class ThreadObject : public Waitable {
 public:
  ThreadObject() : Waitable(kThreadType) {}
  bool SignaledLocked() const override { return exited_; }
  void ExitLocked(DWORD code) {
    exited_ = true;
    exit_code_ = code;
  }
  bool exited() const { return exited_; }
  DWORD exit_code() const { return exit_code_; }
  DWORD id = 0;  // set before CreateThread returns

 private:
  bool exited_ = false;  // guarded by SyncState::mu
  DWORD exit_code_ = 0;
};

class CompletionPort : public Object {
 public:
  explicit CompletionPort(SyncState* state)
      : Object(kCompletionPortType), state_(state) {}

  struct Packet {
    DWORD bytes;
    ULONG_PTR key;
    LPOVERLAPPED overlapped;
    uint32_t status;  // NTSTATUS bit pattern
  };
  std::deque<Packet> packets;  // guarded by SyncState::mu
  bool closed_locked() const { return closed(); }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  SyncState* const state_;
};

// Marks `overlapped` pending (Internal = STATUS_PENDING) and resets its
// event. False if hEvent is neither NULL nor an event of `owner`.
bool BeginOverlapped(ProcessId owner, LPOVERLAPPED overlapped);

// Completes an overlapped operation on `file` (a handle of `owner`).
void CompleteOverlapped(ProcessId owner, HANDLE file, LPOVERLAPPED overlapped,
                        uint32_t status, DWORD bytes);

// An operation that BeginOverlapped() marked pending but that failed at once
// (reported by the call's return value): Internal = status, no completion.
void FailOverlapped(LPOVERLAPPED overlapped, uint32_t status);

// CancelIoEx support: a DLL registers how to cancel pending overlapped
// operations on handles of its type; returns how many it cancelled.
using Canceller = std::function<int(HANDLE file, LPOVERLAPPED overlapped)>;
void RegisterCanceller(const ObjectType* type, Canceller canceller);

}  // namespace winemu::kernel32

#endif  // WINEMU_API_KERNEL32_SYNC_H_
