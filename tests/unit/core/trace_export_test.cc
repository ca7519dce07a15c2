// Copyright winemu authors.
//
// Unit tests of ToChromeJson (parsed back with a small JSON reader) and of
// Trace::ToCompactText, and of the lifetime events the handle table records.
#include "emu/core/trace_export.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "emu/core/call.h"
#include "emu/core/emulator.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace winemu {
namespace {

using ::testing::HasSubstr;

// --- a minimal JSON reader: enough to check the export's structure.
struct Json {
  enum Type { kNull, kBool, kNumber, kString, kArray, kObject } type = kNull;
  double number = 0;
  std::string string;
  std::vector<Json> array;
  std::map<std::string, Json> object;

  const Json& operator[](const std::string& key) const {
    static const Json kNone;
    auto it = object.find(key);
    return it == object.end() ? kNone : it->second;
  }
};

class Reader {
 public:
  explicit Reader(const std::string& text) : s_(text) {}
  // False if `text` is not exactly one JSON value.
  bool Parse(Json* out) {
    if (!Value(out)) return false;
    Skip();
    return pos_ == s_.size();
  }

 private:
  void Skip() {
    while (pos_ < s_.size() &&
           std::isspace(static_cast<unsigned char>(s_[pos_])))
      ++pos_;
  }
  bool Eat(char c) {
    Skip();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool Literal(const char* word) {
    const std::string w(word);
    if (s_.compare(pos_, w.size(), w) != 0) return false;
    pos_ += w.size();
    return true;
  }
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    while (pos_ < s_.size() && s_[pos_] != '"') {
      char c = s_[pos_++];
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c == '\\') {
        if (pos_ >= s_.size()) return false;
        c = s_[pos_++];
        if (c == 'u') {
          if (pos_ + 4 > s_.size()) return false;
          const long cp = std::strtol(s_.substr(pos_, 4).c_str(), nullptr, 16);
          pos_ += 4;
          out->append(cp < 0x80 ? std::string(1, static_cast<char>(cp))
                                : "\xEF\xBF\xBD");  // enough for the tests
          continue;
        }
        if (c == 'n') c = '\n';
        if (c == 't') c = '\t';
        if (c != '\n' && c != '\t' && c != '"' && c != '\\' && c != '/')
          return false;
      }
      out->push_back(c);
    }
    return Eat('"');
  }
  bool Value(Json* v) {
    Skip();
    if (pos_ >= s_.size()) return false;
    const char c = s_[pos_];
    if (c == '{') {
      v->type = Json::kObject;
      ++pos_;
      if (Eat('}')) return true;
      do {
        std::string key;
        if (!String(&key) || !Eat(':') || !Value(&v->object[key])) return false;
      } while (Eat(','));
      return Eat('}');
    }
    if (c == '[') {
      v->type = Json::kArray;
      ++pos_;
      if (Eat(']')) return true;
      do {
        v->array.emplace_back();
        if (!Value(&v->array.back())) return false;
      } while (Eat(','));
      return Eat(']');
    }
    if (c == '"') {
      v->type = Json::kString;
      return String(&v->string);
    }
    if (Literal("true") || Literal("false")) {
      v->type = Json::kBool;
      return true;
    }
    if (Literal("null")) return true;
    char* end = nullptr;
    v->number = std::strtod(s_.c_str() + pos_, &end);
    if (end == s_.c_str() + pos_) return false;
    v->type = Json::kNumber;
    pos_ = end - s_.c_str();
    return true;
  }

  const std::string& s_;
  size_t pos_ = 0;
};

Json ParseOrDie(const std::string& text) {
  Json v;
  EXPECT_TRUE(Reader(text).Parse(&v)) << text;
  return v;
}

// Events of the export with phase `ph` and name `name` ("" = any).
std::vector<Json> Find(const Json& doc, const std::string& ph,
                       const std::string& name = "") {
  std::vector<Json> found;
  for (const Json& e : doc["traceEvents"].array) {
    if (e["ph"].string == ph && (name.empty() || e["name"].string == name)) {
      found.push_back(e);
    }
  }
  return found;
}

// --- a tiny family: an object type and entry points that open / close it.
const ObjectType kWidgetType = {"test widget", "TestClose", false};
class Widget : public Object {
 public:
  Widget() : Object(kWidgetType) {}
};

constexpr ApiInfo kOpenInfo = {"TestOpen",          "testdll",
                               Support::kSupported, "",
                               CodeKind::kWin32,    0x80320001};
constexpr ApiInfo kCloseInfo = {"TestClose",         "testdll",
                                Support::kSupported, "",
                                CodeKind::kWin32,    0x80320001};
constexpr ApiInfo kInnerInfo = {"TestInner",         "testdll",
                                Support::kSupported, "",
                                CodeKind::kWin32,    0x80320001};
constexpr ApiInfo kBeginInfo = {"FwpmTransactionBegin0", "testdll",
                                Support::kSupported,     "",
                                CodeKind::kWin32,        0x80320001};
constexpr ApiInfo kCommitInfo = {"FwpmTransactionCommit0", "testdll",
                                 Support::kSupported,      "",
                                 CodeKind::kWin32,         0x80320001};

__attribute__((noinline)) uint32_t TestInner() {
  WINEMU_API_CALL(call, kInnerInfo);
  return call.Finish(0u);
}

// Opens a widget; calls TestInner from inside (as a client callback would).
__attribute__((noinline)) uint64_t TestOpen() {
  WINEMU_API_CALL(call, kOpenInfo);
  WINEMU_TRACE_ARGS(call, "%s", "\"quoted\" \xff");
  const uint64_t h = call.emu().handles().Insert(
      call.process().id(), std::make_shared<Widget>(), "TestOpen", call.seq());
  TestInner();
  call.Finish(0u);
  return h;
}

__attribute__((noinline)) uint32_t TestClose(uint64_t h) {
  WINEMU_API_CALL(call, kCloseInfo);
  WINEMU_TRACE_ARGS(call, "%p", reinterpret_cast<void*>(h));
  auto removed =
      call.emu().handles().Remove(h, call.process().id(), &kWidgetType);
  if (!removed.ok()) return call.Finish(6u);
  removed.object->Close(CloseReason::kExplicit);
  return call.Finish(0u);
}

__attribute__((noinline)) uint32_t TestTxn(const ApiInfo& info, uint64_t h) {
  WINEMU_API_CALL(call, info);
  WINEMU_TRACE_ARGS(call, "%p, 0x%x", reinterpret_cast<void*>(h), 0);
  return call.Finish(0u);
}

class TraceExportTest : public ::testing::Test {
 protected:
  Emulator emu_{{.mode = EmulatorMode::kDeterministic}};
};

TEST_F(TraceExportTest, ProcessesAndThreadsAreNamedTracks) {
  Process& svc = emu_.SpawnProcess({.image_name = "svc.exe"});
  {
    ScopedProcess as(svc);
    TestInner();
  }
  uint32_t other_tid = 0;
  std::thread([&] {
    other_tid = CurrentThreadTraceId();
    TestInner();
  }).join();

  const Json doc = ParseOrDie(ToChromeJson(emu_));
  std::map<double, std::string> process_names;
  for (const Json& m : Find(doc, "M", "process_name")) {
    process_names[m["pid"].number] = m["args"]["name"].string;
  }
  EXPECT_EQ(process_names[svc.id()],
            absl::StrCat("svc.exe (pid ", svc.id(), ")"));
  EXPECT_EQ(process_names[emu_.default_process().id()],
            absl::StrCat("client.exe (pid ", emu_.default_process().id(), ")"));
  int thread_tracks = 0;
  for (const Json& m : Find(doc, "M", "thread_name")) {
    ++thread_tracks;
    EXPECT_EQ(m["args"]["name"].string,
              absl::StrCat("thread ", m["tid"].number));
  }
  EXPECT_EQ(thread_tracks, 2);  // this thread in svc, the other in client
  bool other_seen = false;
  for (const Json& x : Find(doc, "X", "TestInner")) {
    if (x["tid"].number == other_tid) {
      other_seen = true;
      EXPECT_EQ(x["pid"].number, emu_.default_process().id());
    }
  }
  EXPECT_TRUE(other_seen);
  EXPECT_EQ(doc["otherData"]["time_base"].string, "logical");
}

TEST_F(TraceExportTest, CallsAreSlicesThatNestOnAStandingClock) {
  const uint64_t h = TestOpen();
  TestClose(h);
  const Json doc = ParseOrDie(ToChromeJson(emu_));
  const auto open = Find(doc, "X", "TestOpen");
  const auto inner = Find(doc, "X", "TestInner");
  const auto close = Find(doc, "X", "TestClose");
  ASSERT_EQ(open.size(), 1u);
  ASSERT_EQ(inner.size(), 1u);
  ASSERT_EQ(close.size(), 1u);
  EXPECT_EQ(open[0]["cat"].string, "call");
  EXPECT_EQ(open[0]["args"]["args"].string, "\"quoted\" \xEF\xBF\xBD");
  EXPECT_EQ(open[0]["args"]["result"].string, "0");
  EXPECT_EQ(open[0]["args"]["seq"].number, 1);
  // The virtual clock never moved, yet every slice has a length, the inner
  // call lies strictly inside the outer one and the close comes after.
  const double o0 = open[0]["ts"].number, o1 = o0 + open[0]["dur"].number;
  const double i0 = inner[0]["ts"].number, i1 = i0 + inner[0]["dur"].number;
  EXPECT_LT(o0, i0);
  EXPECT_LT(i0, i1);
  EXPECT_LT(i1, o1);
  EXPECT_LT(o1, close[0]["ts"].number);
}

TEST_F(TraceExportTest, HandlesAreLifetimeSpansInsideTheirCalls) {
  const uint64_t h = TestOpen();
  TestClose(h);
  const uint64_t leaked = TestOpen();
  const Json doc = ParseOrDie(ToChromeJson(emu_));
  const auto begins = Find(doc, "b", "test widget");
  const auto ends = Find(doc, "e", "test widget");
  ASSERT_EQ(begins.size(), 2u);
  ASSERT_EQ(ends.size(), 1u);  // the leaked one is still open
  const std::string id = absl::StrFormat("0x%x", h);
  EXPECT_EQ(begins[0]["id"].string, id);
  EXPECT_EQ(ends[0]["id"].string, id);
  EXPECT_EQ(begins[1]["id"].string, absl::StrFormat("0x%x", leaked));
  EXPECT_EQ(begins[0]["cat"].string, "object");
  EXPECT_EQ(begins[0]["pid"].number, emu_.default_process().id());
  EXPECT_EQ(begins[0]["args"]["created by"].string, "TestOpen");
  EXPECT_EQ(ends[0]["args"]["ended by"].string, "closed");
  const Json open = Find(doc, "X", "TestOpen")[0];
  const Json close = Find(doc, "X", "TestClose")[0];
  EXPECT_GT(begins[0]["ts"].number, open["ts"].number);
  EXPECT_LT(begins[0]["ts"].number, open["ts"].number + open["dur"].number);
  EXPECT_GT(ends[0]["ts"].number, close["ts"].number);
  EXPECT_LT(ends[0]["ts"].number, close["ts"].number + close["dur"].number);
}

TEST_F(TraceExportTest, ProcessExitEndsItsObjectsAndIsAnInstant) {
  Process& svc = emu_.SpawnProcess({.image_name = "svc.exe"});
  {
    ScopedProcess as(svc);
    TestOpen();
  }
  emu_.TerminateProcess(svc.id());
  const Json doc = ParseOrDie(ToChromeJson(emu_));
  const auto ends = Find(doc, "e", "test widget");
  ASSERT_EQ(ends.size(), 1u);
  EXPECT_EQ(ends[0]["pid"].number, svc.id());
  EXPECT_EQ(ends[0]["args"]["ended by"].string, "process exit");
  const auto exits = Find(doc, "i", "process exit");
  ASSERT_EQ(exits.size(), 1u);
  EXPECT_EQ(exits[0]["args"]["detail"].string, "svc.exe");
  EXPECT_THAT(emu_.trace().ToText(),
              HasSubstr("- test widget 0x"));  // and the text shows it
}

TEST_F(TraceExportTest, WfpTransactionsAreSpansUntilCommitOrSessionEnd) {
  const uint64_t h = TestOpen();
  TestTxn(kBeginInfo, h);
  TestTxn(kCommitInfo, h);
  TestTxn(kBeginInfo, h);
  TestClose(h);  // the session's end ends the second transaction
  const Json doc = ParseOrDie(ToChromeJson(emu_));
  const auto begins = Find(doc, "b", "WFP transaction");
  const auto ends = Find(doc, "e", "WFP transaction");
  ASSERT_EQ(begins.size(), 2u);
  ASSERT_EQ(ends.size(), 2u);
  EXPECT_EQ(begins[0]["id"].string, ends[0]["id"].string);
  EXPECT_NE(begins[0]["id"].string, begins[1]["id"].string);
  EXPECT_EQ(begins[0]["args"]["session"].string, absl::StrFormat("0x%x", h));
  EXPECT_EQ(ends[0]["args"]["end"].string, "FwpmTransactionCommit0");
  EXPECT_EQ(ends[1]["args"]["end"].string, "session closed");
  EXPECT_LT(begins[0]["ts"].number, ends[0]["ts"].number);
}

TEST_F(TraceExportTest, RealTimeBaseUsesEventTimes) {
  TestInner();
  emu_.clock().Advance(absl::Milliseconds(5));
  TestInner();
  const Json doc = ParseOrDie(ToChromeJson(emu_, TraceTimeBase::kReal));
  EXPECT_EQ(doc["otherData"]["time_base"].string, "real");
  const auto calls = Find(doc, "X", "TestInner");
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0]["ts"].number, 0);
  EXPECT_EQ(calls[1]["ts"].number, 5000);  // microseconds
  EXPECT_EQ(calls[1]["dur"].number, 0);
}

TEST_F(TraceExportTest, DisabledTraceExportsAnEmptyValidDocument) {
  Emulator quiet({.mode = EmulatorMode::kDeterministic, .trace = false});
  TestClose(TestOpen());
  const Json doc = ParseOrDie(ToChromeJson(quiet));
  EXPECT_EQ(doc["traceEvents"].type, Json::kArray);
  EXPECT_TRUE(doc["traceEvents"].array.empty());
}

TEST(JsonQuoteTest, EscapesAndRepairs) {
  EXPECT_EQ(JsonQuote("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
  EXPECT_EQ(JsonQuote("caf\xC3\xA9"), "\"caf\xC3\xA9\"");
  EXPECT_EQ(JsonQuote("bad \xC3 \xff"), "\"bad \\ufffd \\ufffd\"");
}

TEST_F(TraceExportTest, CompactTextIsOneLinePerCall) {
  TestClose(TestOpen());
  const std::string pid = absl::StrCat(emu_.default_process().id());
  const std::string tid = absl::StrCat(CurrentThreadTraceId());
  const std::string text = emu_.trace().ToCompactText();
  EXPECT_THAT(text, HasSubstr(absl::StrCat("[", pid, ":", tid,
                                           "] TestInner() -> 0\n")));
  EXPECT_THAT(text, HasSubstr("] TestClose(0x"));
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);  // no lifetimes
  EXPECT_THAT(emu_.trace().ToText(), HasSubstr("+ test widget 0x"));
}

TEST_F(TraceExportTest, SinkSeesEveryEventAsRecorded) {
  std::vector<std::string> seen;
  Emulator emu(
      {.mode = EmulatorMode::kDeterministic,
       .trace_sink = [&](const TraceEvent& e) { seen.push_back(e.api); }});
  TestClose(TestOpen());
  EXPECT_THAT(seen,
              ::testing::ElementsAre("test widget", "TestInner", "TestOpen",
                                     "test widget", "TestClose"));
}

}  // namespace
}  // namespace winemu
