// Copyright winemu authors.
//
// objects.h: the two kinds of handle the Wi-Fi Direct service hands out.
//
// A Client is what WFDOpenHandle returns; a Session is what
// WFDStartOpenSession and WFDOpenLegacySession return. They are different
// object types, so a client handle passed where a session handle is expected
// (or the reverse) is a wrong-type handle. Both keep their mutable state in
// fields that only WfdService touches, under WfdService::mu_ (one lock for the
// whole service keeps client <-> session transitions atomic); their OnClose
// is the single close path and forwards to the service.
#ifndef WINEMU_EMU_WFD_OBJECTS_H_
#define WINEMU_EMU_WFD_OBJECTS_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/functional/any_invocable.h"
#include "absl/time/time.h"
#include "emu/core/object.h"
#include "emu/core/process.h"
#include "emu/core/work_queue.h"
#include "emu/wfd/types.h"

namespace winemu::wfd {

class WfdService;
class Session;

extern const ObjectType kClientType;
extern const ObjectType kSessionType;

// Delivers an open's completion to the client: (session handle, result).
// Called exactly once per successful start, on a work-queue thread (or the
// thread of a WFDCloseHandle that completes it), with no engine lock held.
using OpenCallback = absl::AnyInvocable<void(uint64_t, const OpenResult&)>;

class Client : public Object {
 public:
  Client(WfdService& service, ProcessId owner)
      : Object(kClientType), service_(service), owner_(owner) {}

  ProcessId owner() const { return owner_; }
  uint64_t handle() const { return handle_.load(std::memory_order_acquire); }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  friend class WfdService;

  WfdService& service_;
  const ProcessId owner_;
  std::atomic<uint64_t> handle_{0};  // set once, right after Insert

  // Guarded by WfdService::mu_.
  bool closing_ = false;  // no new sessions; the handle is dead
  // The close waits for pending opens; set when it could not wait (called
  // from one of this client's own callbacks, or on process exit), so the
  // last completing open finishes the close.
  bool close_deferred_ = false;
  int pending_opens_ = 0;  // started opens whose completion has not finished
  // Sessions not yet closed. Owning: a session keeps its client alive too,
  // so this list is cleared whenever the client finishes closing.
  std::vector<std::shared_ptr<Session>> sessions_;
};

class Session : public Object, public std::enable_shared_from_this<Session> {
 public:
  Session(WfdService& service, std::shared_ptr<Client> client, ProcessId owner,
          const MacAddress& device, bool legacy)
      : Object(kSessionType),
        service_(service),
        client_(std::move(client)),
        owner_(owner),
        device_(device),
        legacy_(legacy) {}

  ProcessId owner() const { return owner_; }
  uint64_t handle() const { return handle_.load(std::memory_order_acquire); }
  const MacAddress& device() const { return device_; }
  bool legacy() const { return legacy_; }

 protected:
  void OnClose(CloseReason reason) override;

 private:
  friend class WfdService;

  WfdService& service_;
  const std::shared_ptr<Client> client_;
  const ProcessId owner_;
  const MacAddress device_;
  const bool legacy_;
  std::atomic<uint64_t> handle_{0};  // set once, right after Insert

  // Guarded by WfdService::mu_.
  SessionState state_ = SessionState::kOpening;
  bool cancel_requested_ = false;
  // The queued completion (kOpening only), 0 once taken. Whoever removes it
  // from the queue (WorkQueue::Cancel returned true) must run the completion.
  WorkQueue::TaskId completion_task_ = 0;
  absl::Time due_;  // when the queued completion falls due
  OpenCallback callback_;
  Guid interface_guid_;
};

}  // namespace winemu::wfd

#endif  // WINEMU_EMU_WFD_OBJECTS_H_
