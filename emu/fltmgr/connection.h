// Copyright winemu authors.
//
// connection.h: one connection of a communication port, and its messages.
//
// A Connection is what FilterConnectCommunicationPort creates: the kernel
// names it with a client port (PFLT_PORT), the service with a port handle.
// Kernel senders (FltSendMessage) and user readers (FilterGetMessage) meet
// here; a reader that is waiting gets the message at once, otherwise the
// message waits in the queue for the next reader or until the sender's
// deadline, after which it is never delivered. Replies (FilterReplyMessage)
// go to the sender still waiting for that message id.
//
//   auto c = std::make_shared<Connection>(&clock, callbacks);
//   std::vector<uint8_t> reply;
//   c->Send(id, data, n, /*wants_reply=*/true, 8, deadline, &reply);  // kernel
//   c->Read(reader);                                                 // user
//   c->Reply(id, payload, 8);                                        // user
//
// Locking: mu_ guards the queues and flags. Reader::fill runs under mu_ (it
// only copies into the reader's buffer); Reader::complete and the client
// callbacks run with no lock held.
#ifndef WINEMU_EMU_FLTMGR_CONNECTION_H_
#define WINEMU_EMU_FLTMGR_CONNECTION_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/time/time.h"
#include "emu/core/clock.h"
#include "emu/core/mutex.h"
#include "emu/fltmgr/status.h"

namespace winemu::fltmgr {

// A message on its way from a kernel sender to a user reader.
struct Message {
  uint64_t id = 0;
  std::vector<uint8_t> data;
  bool wants_reply = false;
  uint32_t reply_capacity = 0;  // the sender's *ReplyLength (payload bytes)
};

// One FilterGetMessage call.
struct Reader {
  const void* tag = nullptr;  // the OVERLAPPED (null: a synchronous read)
  size_t capacity = 0;        // size of the reader's buffer
  size_t header_size = 0;     // bytes the shim writes before the payload
  // Writes the header and the payload into the reader's buffer (under the
  // connection lock: it must only copy).
  std::function<void(const Message&)> fill;
  // Overlapped reads: reports completion (no lock held), exactly once.
  std::function<void(Status status, size_t bytes)> complete;
};

class Connection {
 public:
  // How a connection ended (the first of these wins).
  enum class Ending {
    kNone,
    kUserClosed,    // the user-mode handle count reached zero
    kKernelClosed,  // FltCloseClientPort
    kUnload,        // FltUnregisterFilter closed it
    kTeardown,      // the emulator is being destroyed
  };

  explicit Connection(Clock* clock);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // Kernel side: sends `data` and waits until it is delivered (no reply
  // wanted) or replied to, or until `deadline` (nullopt: forever). On kOk or
  // kBufferOverflow `reply` holds the payload (truncated to the capacity).
  Result Send(uint64_t id, const void* data, size_t length, bool wants_reply,
              uint32_t reply_capacity, std::optional<absl::Time> deadline,
              std::vector<uint8_t>* reply);

  // User side. A synchronous reader (tag null) blocks until a message fits
  // its buffer or the connection ends. An overlapped reader returns kPending
  // and completes later, or kOk after completing at once; errors found at
  // once are returned without completion.
  Status Read(std::shared_ptr<Reader> reader);

  // User side: the reply to message `id`; copies at most its capacity.
  Status Reply(uint64_t id, const void* payload, size_t length);

  // Completes pending overlapped reads with `tag` (null: all) as cancelled.
  int CancelReads(const void* tag);

  // Ends the connection. Returns true for the first caller (who then owns the
  // DisconnectNotify decision). Pending senders fail with kPortDisconnected;
  // pending readers complete with kCancelled (user close) or
  // kPortDisconnected; with `complete_overlapped` false (process exit,
  // teardown: the client's memory is gone) overlapped reads are dropped.
  bool End(Ending how, bool complete_overlapped);

  bool ended() const;
  Ending ending() const;
  // What a user call on an ended connection fails with.
  Status EndStatus() const;

  size_t queued_messages() const;
  size_t pending_reads() const;

 private:
  struct Pending {
    Message message;
    enum class State {
      kQueued,
      kDelivered,
      kReplied,
      kAbandoned
    } state = State::kQueued;
    std::vector<uint8_t> reply;
    bool overflow = false;
  };
  using Completion =
      std::pair<std::shared_ptr<Reader>, std::pair<Status, size_t>>;

  bool WaitLocked(std::optional<absl::Time> deadline,
                  const std::function<bool()>& ready)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  // Offers `p` to waiting readers; true when one took it.
  bool DeliverLocked(const std::shared_ptr<Pending>& p,
                     std::vector<Completion>* done)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  void TakeLocked(const std::shared_ptr<Pending>& p, Reader& reader)
      ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);
  static void RunCompletions(std::vector<Completion>& done);
  Status EndStatusLocked() const ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_);

  Clock* const clock_;
  mutable Mutex mu_;
  CondVar cv_;
  Ending ending_ ABSL_GUARDED_BY(mu_) = Ending::kNone;
  std::deque<std::shared_ptr<Pending>> queue_ ABSL_GUARDED_BY(mu_);
  absl::flat_hash_map<uint64_t, std::shared_ptr<Pending>> awaiting_reply_
      ABSL_GUARDED_BY(mu_);
  // Waiting readers, oldest first; synchronous ones are tracked with their
  // result so that their thread can pick it up.
  struct Waiting {
    std::shared_ptr<Reader> reader;
    bool done = false;
    Status status = Status::kOk;
    size_t bytes = 0;
  };
  std::deque<std::shared_ptr<Waiting>> readers_ ABSL_GUARDED_BY(mu_);
};

}  // namespace winemu::fltmgr

#endif  // WINEMU_EMU_FLTMGR_CONNECTION_H_
