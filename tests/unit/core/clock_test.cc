// Copyright winemu authors.
//
// Unit tests of Clock: the virtual clock moves only by Advance(), and
// AwaitUntil() wakes on the predicate or on a virtual deadline without
// sleeping the virtual duration.
#include "emu/core/clock.h"

#include <atomic>
#include <thread>

#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "emu/core/mutex.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

TEST(ClockTest, VirtualClockStartsFixedAndMovesOnlyOnAdvance) {
  Clock a(Clock::Mode::kVirtual);
  Clock b(Clock::Mode::kVirtual);
  EXPECT_EQ(a.mode(), Clock::Mode::kVirtual);
  const absl::Time start = a.Now();
  EXPECT_EQ(b.Now(), start);  // reproducible across clocks
  EXPECT_GE(start,
            absl::FromCivil(absl::CivilDay(2020, 1, 1), absl::UTCTimeZone()));
  absl::SleepFor(absl::Milliseconds(20));
  EXPECT_EQ(a.Now(), start);

  EXPECT_TRUE(a.Advance(absl::Seconds(90)));
  EXPECT_EQ(a.Now(), start + absl::Seconds(90));
  EXPECT_TRUE(a.Advance(absl::Nanoseconds(1)));
  EXPECT_EQ(a.Now() - start, absl::Seconds(90) + absl::Nanoseconds(1));
  EXPECT_FALSE(a.Advance(-absl::Seconds(1)));  // time never goes back
  EXPECT_EQ(a.Now() - start, absl::Seconds(90) + absl::Nanoseconds(1));
  EXPECT_EQ(b.Now(), start);
}

TEST(ClockTest, RealClockFollowsWallTimeAndRefusesAdvance) {
  Clock clock(Clock::Mode::kReal);
  EXPECT_EQ(clock.mode(), Clock::Mode::kReal);
  const absl::Time before = absl::Now();
  EXPECT_FALSE(clock.Advance(absl::Hours(1)));
  const absl::Time now = clock.Now();
  EXPECT_GE(now, before);
  EXPECT_LT(now, before + absl::Minutes(1));
}

TEST(ClockTest, AdvanceCallsListeners) {
  Clock clock(Clock::Mode::kVirtual);
  int calls = 0;
  clock.AddAdvanceListener([&] { ++calls; });
  clock.Advance(absl::Seconds(1));
  clock.Advance(absl::Seconds(1));
  EXPECT_EQ(calls, 2);
  EXPECT_FALSE(clock.Advance(-absl::Seconds(1)));
  EXPECT_EQ(calls, 2);
}

TEST(ClockTest, VirtualAwaitReturnsTrueWhenSignalled) {
  Clock clock(Clock::Mode::kVirtual);
  Mutex mu;
  CondVar cv;
  bool ready = false;
  std::thread signaller([&] {
    absl::SleepFor(absl::Milliseconds(20));
    MutexLock lock(&mu);
    ready = true;
    cv.SignalAll();
  });
  bool result;
  {
    MutexLock lock(&mu);
    result = clock.AwaitUntil(&mu, &cv, clock.Now() + absl::Seconds(15),
                              [&] { return ready; });
  }
  signaller.join();
  EXPECT_TRUE(result);
}

TEST(ClockTest, VirtualAwaitTimesOutOnAdvanceWithoutRealSleep) {
  Clock clock(Clock::Mode::kVirtual);
  Mutex mu;
  CondVar cv;
  const absl::Time real_start = absl::Now();
  const absl::Time deadline = clock.Now() + absl::Seconds(15);
  std::atomic<bool> waiting_done{false};
  std::thread advancer([&] {
    // Short of the deadline first: the waiter must keep waiting.
    absl::SleepFor(absl::Milliseconds(10));
    clock.Advance(absl::Seconds(14));
    absl::SleepFor(absl::Milliseconds(30));
    EXPECT_FALSE(waiting_done.load());
    clock.Advance(absl::Seconds(2));
  });
  bool result;
  {
    MutexLock lock(&mu);
    result = clock.AwaitUntil(&mu, &cv, deadline, [] { return false; });
  }
  waiting_done = true;
  advancer.join();
  EXPECT_FALSE(result);
  EXPECT_GE(clock.Now(), deadline);
  EXPECT_LT(absl::Now() - real_start, absl::Seconds(2));
}

TEST(ClockTest, VirtualAwaitWithPastDeadlineReturnsAtOnce) {
  Clock clock(Clock::Mode::kVirtual);
  Mutex mu;
  CondVar cv;
  MutexLock lock(&mu);
  EXPECT_FALSE(clock.AwaitUntil(&mu, &cv, clock.Now(), [] { return false; }));
  EXPECT_TRUE(clock.AwaitUntil(&mu, &cv, clock.Now(), [] { return true; }));
}

TEST(ClockTest, RealAwaitTimesOutAfterTheRealDeadline) {
  Clock clock(Clock::Mode::kReal);
  Mutex mu;
  CondVar cv;
  const absl::Time start = absl::Now();
  bool result;
  {
    MutexLock lock(&mu);
    result = clock.AwaitUntil(&mu, &cv, start + absl::Milliseconds(30),
                              [] { return false; });
  }
  const absl::Duration took = absl::Now() - start;
  EXPECT_FALSE(result);
  EXPECT_GE(took, absl::Milliseconds(30));
  EXPECT_LT(took, absl::Seconds(5));
}

TEST(ClockTest, RealAwaitReturnsTrueWhenSignalled) {
  Clock clock(Clock::Mode::kReal);
  Mutex mu;
  CondVar cv;
  bool ready = false;
  std::thread signaller([&] {
    absl::SleepFor(absl::Milliseconds(10));
    MutexLock lock(&mu);
    ready = true;
    cv.SignalAll();
  });
  const absl::Time start = absl::Now();
  bool result;
  {
    MutexLock lock(&mu);
    result = clock.AwaitUntil(&mu, &cv, start + absl::Seconds(30),
                              [&] { return ready; });
  }
  signaller.join();
  EXPECT_TRUE(result);
  EXPECT_LT(absl::Now() - start, absl::Seconds(10));
}

}  // namespace
}  // namespace winemu
