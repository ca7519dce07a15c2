// Copyright winemu authors.
//
// Unit tests of fltmgr::Connection: delivery, replies, deadlines on a
// virtual clock, and the ways a connection ends.
#include "emu/fltmgr/connection.h"

#include <atomic>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/time/time.h"
#include "emu/core/clock.h"
#include "gtest/gtest.h"

namespace winemu::fltmgr {
namespace {

struct Box {
  std::string payload;
  uint64_t id = 0;
  uint32_t reply_capacity = 0;
  bool wants_reply = false;
  std::atomic<int> completions{0};
  Status status = Status::kOk;
  size_t bytes = 0;
};

std::shared_ptr<Reader> MakeReader(Box* box, size_t capacity,
                                   const void* tag = nullptr) {
  auto r = std::make_shared<Reader>();
  r->tag = tag;
  r->capacity = capacity;
  r->header_size = 16;
  r->fill = [box](const Message& m) {
    box->payload.assign(m.data.begin(), m.data.end());
    box->id = m.id;
    box->reply_capacity = m.reply_capacity;
    box->wants_reply = m.wants_reply;
  };
  r->complete = [box](Status s, size_t n) {
    box->status = s;
    box->bytes = n;
    ++box->completions;
  };
  return r;
}

TEST(Connection, PendingReaderGetsTheMessageAtOnce) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Box box;
  int tag;
  EXPECT_EQ(c.Read(MakeReader(&box, 64, &tag)), Status::kPending);
  EXPECT_EQ(c.pending_reads(), 1u);
  Result r = c.Send(7, "abc", 3, false, 0, std::nullopt, nullptr);
  EXPECT_EQ(r.status, Status::kOk);
  EXPECT_EQ(box.completions, 1);
  EXPECT_EQ(box.status, Status::kOk);
  EXPECT_EQ(box.bytes, 16u + 3);
  EXPECT_EQ(box.payload, "abc");
  EXPECT_EQ(box.id, 7u);
}

TEST(Connection, QueuedMessageTimesOutAndIsNeverDelivered) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  std::atomic<bool> done{false};
  Result result;
  std::thread sender([&] {
    result =
        c.Send(1, "x", 1, false, 0, clock.Now() + absl::Seconds(5), nullptr);
    done = true;
  });
  while (c.queued_messages() == 0) std::this_thread::yield();
  while (!done) {
    clock.Advance(absl::Seconds(1));
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  sender.join();
  EXPECT_EQ(result.status, Status::kTimeout);
  EXPECT_EQ(c.queued_messages(), 0u);
  Box box;
  int tag;
  EXPECT_EQ(c.Read(MakeReader(&box, 64, &tag)), Status::kPending);
}

TEST(Connection, ReplyIsTruncatedToTheCapacity) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Box box;
  int tag;
  ASSERT_EQ(c.Read(MakeReader(&box, 64, &tag)), Status::kPending);
  std::vector<uint8_t> reply;
  Result result;
  std::thread sender(
      [&] { result = c.Send(9, "q", 1, true, 2, std::nullopt, &reply); });
  while (box.completions == 0) std::this_thread::yield();
  EXPECT_TRUE(box.wants_reply);
  EXPECT_EQ(box.reply_capacity, 2u);
  EXPECT_EQ(c.Reply(9, "WXYZ", 4), Status::kOk);
  sender.join();
  EXPECT_EQ(result.status, Status::kBufferOverflow);
  EXPECT_EQ(std::string(reply.begin(), reply.end()), "WX");
  EXPECT_EQ(c.Reply(9, "W", 1), Status::kNoWaiterForReply);
}

TEST(Connection, SmallReaderFailsAndTheNextOneGetsTheMessage) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Box small, big;
  int t1, t2;
  ASSERT_EQ(c.Read(MakeReader(&small, 17, &t1)), Status::kPending);
  ASSERT_EQ(c.Read(MakeReader(&big, 64, &t2)), Status::kPending);
  EXPECT_EQ(c.Send(1, "hello", 5, false, 0, std::nullopt, nullptr).status,
            Status::kOk);
  EXPECT_EQ(small.status, Status::kBufferTooSmall);
  EXPECT_EQ(big.status, Status::kOk);
  EXPECT_EQ(big.payload, "hello");
}

TEST(Connection, EndingFailsWaitersOnceAndNotAgain) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Box box;
  int tag;
  ASSERT_EQ(c.Read(MakeReader(&box, 64, &tag)), Status::kPending);
  EXPECT_TRUE(c.End(Connection::Ending::kKernelClosed, true));
  EXPECT_FALSE(c.End(Connection::Ending::kUserClosed, true));
  EXPECT_EQ(box.completions, 1);
  EXPECT_EQ(box.status, Status::kPortDisconnected);
  EXPECT_EQ(c.Send(1, "x", 1, false, 0, std::nullopt, nullptr).status,
            Status::kPortDisconnected);
  EXPECT_EQ(c.EndStatus(), Status::kPortDisconnected);
}

TEST(Connection, ProcessExitDropsOverlappedReads) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Box box;
  int tag;
  ASSERT_EQ(c.Read(MakeReader(&box, 64, &tag)), Status::kPending);
  EXPECT_TRUE(c.End(Connection::Ending::kUserClosed, false));
  EXPECT_EQ(box.completions, 0);  // the client's memory is gone
  EXPECT_EQ(c.EndStatus(), Status::kCancelled);
}

TEST(Connection, OverlappedReaderCompletesAtOnceWhenAMessageWaits) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Result result;
  std::thread sender([&] {
    result = c.Send(3, "queued", 6, false, 0, std::nullopt, nullptr);
  });
  while (c.queued_messages() == 0) std::this_thread::yield();
  Box box;
  int tag;
  EXPECT_EQ(c.Read(MakeReader(&box, 64, &tag)), Status::kOk);
  EXPECT_EQ(box.completions, 1);  // still reported through the completion
  EXPECT_EQ(box.payload, "queued");
  sender.join();
  EXPECT_EQ(result.status, Status::kOk);
}

TEST(Connection, CancelReadsByTag) {
  Clock clock(Clock::Mode::kVirtual);
  Connection c(&clock);
  Box a, b;
  int ta, tb;
  ASSERT_EQ(c.Read(MakeReader(&a, 64, &ta)), Status::kPending);
  ASSERT_EQ(c.Read(MakeReader(&b, 64, &tb)), Status::kPending);
  EXPECT_EQ(c.CancelReads(&ta), 1);
  EXPECT_EQ(a.status, Status::kCancelled);
  EXPECT_EQ(b.completions, 0);
  EXPECT_EQ(c.CancelReads(nullptr), 1);
  EXPECT_EQ(b.status, Status::kCancelled);
}

}  // namespace
}  // namespace winemu::fltmgr
