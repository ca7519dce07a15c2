// Copyright winemu authors.
//
// recorder.h: a WFD_OPEN_SESSION_COMPLETE_CALLBACK that records what it was
// told and lets the test wait for it (Windows code; standard C++ only).
//
//   OpenRecorder rec;
//   WFDStartOpenSession(hClient, &peer, &rec, OpenRecorder::Callback, &h);
//   ASSERT_TRUE(rec.WaitFor(1));
//   EXPECT_EQ(rec.last().dwError, ERROR_SUCCESS);
#ifndef WINEMU_TESTS_CONFORMANCE_WFD_RECORDER_H_
#define WINEMU_TESTS_CONFORMANCE_WFD_RECORDER_H_

#include <windows.h>
#include <wlanapi.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

struct OpenCompletion {
  HANDLE hSessionHandle;
  PVOID pvContext;
  GUID guidSessionInterface;
  DWORD dwError;
  DWORD dwReasonCode;
  DWORD thread_id;
};

class OpenRecorder {
 public:
  static VOID WINAPI Callback(HANDLE hSessionHandle, PVOID pvContext,
                              GUID guidSessionInterface, DWORD dwError,
                              DWORD dwReasonCode) {
    OpenRecorder* self = static_cast<OpenRecorder*>(pvContext);
    std::lock_guard<std::mutex> lock(self->mu_);
    self->calls_.push_back({hSessionHandle, pvContext, guidSessionInterface,
                            dwError, dwReasonCode, GetCurrentThreadId()});
    self->cv_.notify_all();
  }

  // True once at least `n` callbacks arrived (waits up to 30 s).
  bool WaitFor(size_t n) {
    std::unique_lock<std::mutex> lock(mu_);
    return cv_.wait_for(lock, std::chrono::seconds(30),
                        [&] { return calls_.size() >= n; });
  }
  size_t count() {
    std::lock_guard<std::mutex> lock(mu_);
    return calls_.size();
  }
  OpenCompletion last() {
    std::lock_guard<std::mutex> lock(mu_);
    return calls_.back();
  }
  std::vector<OpenCompletion> calls() {
    std::lock_guard<std::mutex> lock(mu_);
    return calls_;
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<OpenCompletion> calls_;
};

inline bool IsNullGuid(const GUID& g) {
  static const GUID kZero = {};
  return memcmp(&g, &kZero, sizeof(GUID)) == 0;
}

#endif  // WINEMU_TESTS_CONFORMANCE_WFD_RECORDER_H_
