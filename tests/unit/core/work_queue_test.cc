// Copyright winemu authors.
//
// Unit tests of WorkQueue in deterministic mode (manual pump, virtual clock),
// threaded mode with the real clock, and threaded mode with a virtual clock.
#include "emu/core/work_queue.h"

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "emu/core/clock.h"
#include "emu/core/mutex.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class DeterministicQueueTest : public ::testing::Test {
 protected:
  // Posts a task that appends `name` to log_.
  WorkQueue::TaskId Add(const std::string& name,
                        absl::Duration delay = absl::ZeroDuration()) {
    return queue_.Post(
        name, [this, name] { log_.push_back(name); }, delay);
  }

  Clock clock_{Clock::Mode::kVirtual};
  WorkQueue queue_{&clock_, WorkQueue::Mode::kDeterministic};
  std::vector<std::string> log_;
};

TEST_F(DeterministicQueueTest, NothingRunsUntilPumped) {
  EXPECT_EQ(queue_.mode(), WorkQueue::Mode::kDeterministic);
  Add("a");
  Add("b");
  absl::SleepFor(absl::Milliseconds(20));
  EXPECT_THAT(log_, IsEmpty());
  EXPECT_EQ(queue_.pending(), 2u);
  EXPECT_TRUE(queue_.RunNext());
  EXPECT_THAT(log_, ElementsAre("a"));
  EXPECT_EQ(queue_.RunUntilIdle(), 1u);
  EXPECT_THAT(log_, ElementsAre("a", "b"));
  EXPECT_FALSE(queue_.RunNext());
  EXPECT_EQ(queue_.RunUntilIdle(), 0u);
}

TEST_F(DeterministicQueueTest, SameDueTimeRunsInPostOrder) {
  for (const char* name : {"1", "2", "3", "4", "5"}) Add(name);
  EXPECT_EQ(queue_.RunUntilIdle(), 5u);
  EXPECT_THAT(log_, ElementsAre("1", "2", "3", "4", "5"));
}

TEST_F(DeterministicQueueTest, DelayedTasksRunAfterAdvanceInDueOrder) {
  Add("late", absl::Seconds(3));
  Add("early", absl::Seconds(1));
  Add("now");
  EXPECT_THAT(queue_.PendingLabels(), ElementsAre("now", "early", "late"));
  EXPECT_EQ(queue_.RunUntilIdle(), 1u);
  EXPECT_THAT(log_, ElementsAre("now"));

  clock_.Advance(absl::Milliseconds(999));
  EXPECT_EQ(queue_.RunUntilIdle(), 0u);
  clock_.Advance(absl::Milliseconds(1));  // exactly due
  EXPECT_EQ(queue_.RunUntilIdle(), 1u);
  EXPECT_THAT(log_, ElementsAre("now", "early"));
  EXPECT_EQ(queue_.pending(), 1u);

  clock_.Advance(absl::Seconds(10));
  EXPECT_EQ(queue_.RunUntilIdle(), 1u);
  EXPECT_THAT(log_, ElementsAre("now", "early", "late"));
  EXPECT_EQ(queue_.pending(), 0u);
}

TEST_F(DeterministicQueueTest, AllDueTasksRunInDueOrderAfterOneBigAdvance) {
  Add("c", absl::Seconds(3));
  Add("a", absl::Seconds(1));
  Add("b", absl::Seconds(2));
  clock_.Advance(absl::Seconds(5));
  EXPECT_EQ(queue_.RunUntilIdle(), 3u);
  EXPECT_THAT(log_, ElementsAre("a", "b", "c"));
}

TEST_F(DeterministicQueueTest, TasksPostedByTasksRunInTheSameRunUntilIdle) {
  queue_.Post("outer", [this] {
    log_.push_back("outer");
    Add("inner");
    Add("inner-delayed", absl::Seconds(1));
  });
  EXPECT_EQ(queue_.RunUntilIdle(), 2u);
  EXPECT_THAT(log_, ElementsAre("outer", "inner"));
  EXPECT_THAT(queue_.PendingLabels(), ElementsAre("inner-delayed"));
}

TEST_F(DeterministicQueueTest, CancelBeforeRunOnly) {
  const WorkQueue::TaskId a = Add("a");
  const WorkQueue::TaskId b = Add("b", absl::Seconds(1));
  const WorkQueue::TaskId c = Add("c");
  EXPECT_NE(a, 0u);
  EXPECT_NE(a, b);
  EXPECT_TRUE(queue_.Cancel(b));
  EXPECT_FALSE(queue_.Cancel(b));  // already cancelled
  EXPECT_THAT(queue_.PendingLabels(), ElementsAre("a", "c"));
  EXPECT_TRUE(queue_.RunNext());
  EXPECT_FALSE(queue_.Cancel(a));  // already ran
  EXPECT_TRUE(queue_.Cancel(c));
  clock_.Advance(absl::Seconds(2));
  EXPECT_EQ(queue_.RunUntilIdle(), 0u);
  EXPECT_THAT(log_, ElementsAre("a"));
  EXPECT_FALSE(queue_.Cancel(12345));
}

TEST_F(DeterministicQueueTest, PostAfterShutdownIsDropped) {
  Add("dropped-by-shutdown");
  queue_.Shutdown();
  EXPECT_EQ(queue_.pending(), 0u);
  EXPECT_EQ(Add("too-late"), 0u);
  EXPECT_EQ(queue_.pending(), 0u);
  EXPECT_EQ(queue_.RunUntilIdle(), 0u);
  EXPECT_THAT(log_, IsEmpty());
}

TEST(ThreadedQueueTest, TasksRunOnWorkersWithoutPumping) {
  const std::thread::id test_thread = std::this_thread::get_id();
  std::atomic<int> ran{0};
  std::atomic<int> on_test_thread{0};
  // Declared last: its workers stop before the state above goes away.
  Clock clock(Clock::Mode::kReal);
  WorkQueue queue(&clock, WorkQueue::Mode::kThreaded, 2);
  for (int i = 0; i < 50; ++i) {
    queue.Post("t", [&] {
      if (std::this_thread::get_id() == test_thread) ++on_test_thread;
      ++ran;
    });
  }
  const absl::Time give_up = absl::Now() + absl::Seconds(20);
  while (ran.load() < 50 && absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(1));
  }
  EXPECT_EQ(ran.load(), 50);
  EXPECT_EQ(on_test_thread.load(), 0);
  queue.WaitUntilIdle();
  EXPECT_EQ(queue.pending(), 0u);
}

TEST(ThreadedQueueTest, WaitUntilIdleWaitsForRunningTasks) {
  std::atomic<int> done{0};
  Clock clock(Clock::Mode::kReal);
  WorkQueue queue(&clock, WorkQueue::Mode::kThreaded, 2);
  for (int i = 0; i < 4; ++i) {
    queue.Post("slow", [&] {
      absl::SleepFor(absl::Milliseconds(10));
      ++done;
    });
  }
  queue.WaitUntilIdle();
  EXPECT_EQ(done.load(), 4);
}

TEST(ThreadedQueueTest, DelayedTaskRunsAfterItsDelay) {
  Mutex mu;
  CondVar cv;
  absl::Time ran_at = absl::InfinitePast();
  Clock clock(Clock::Mode::kReal);
  WorkQueue queue(&clock, WorkQueue::Mode::kThreaded, 2);
  const absl::Time posted = absl::Now();
  queue.Post(
      "delayed",
      [&] {
        MutexLock lock(&mu);
        ran_at = absl::Now();
        cv.SignalAll();
      },
      absl::Milliseconds(20));
  MutexLock lock(&mu);
  const bool ran = clock.AwaitUntil(&mu, &cv, posted + absl::Seconds(20), [&] {
    return ran_at != absl::InfinitePast();
  });
  ASSERT_TRUE(ran);
  EXPECT_GE(ran_at - posted, absl::Milliseconds(20));
  EXPECT_LT(ran_at - posted, absl::Seconds(10));
}

TEST(ThreadedQueueTest, WithVirtualClockDelayedTaskWaitsForAdvance) {
  std::atomic<bool> ran{false};
  Clock clock(Clock::Mode::kVirtual);
  WorkQueue queue(&clock, WorkQueue::Mode::kThreaded, 2);
  queue.Post(
      "delayed", [&] { ran = true; }, absl::Seconds(30));
  absl::SleepFor(absl::Milliseconds(50));
  EXPECT_FALSE(ran.load());
  EXPECT_EQ(queue.pending(), 1u);

  clock.Advance(absl::Seconds(29));
  absl::SleepFor(absl::Milliseconds(30));
  EXPECT_FALSE(ran.load());

  clock.Advance(absl::Seconds(1));
  const absl::Time give_up = absl::Now() + absl::Seconds(20);
  while (!ran.load() && absl::Now() < give_up) {
    absl::SleepFor(absl::Milliseconds(1));
  }
  EXPECT_TRUE(ran.load());
  queue.WaitUntilIdle();
  EXPECT_EQ(queue.pending(), 0u);
}

}  // namespace
}  // namespace winemu
