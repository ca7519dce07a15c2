// Copyright winemu authors.
#include "emu/core/trace_export.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <set>
#include <tuple>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace winemu {
namespace {

using Kind = TraceEvent::Kind;

// Begin and end time (microseconds) of each event; equal for instants.
struct Times {
  std::vector<double> begin;
  std::vector<double> end;
};

// Orders every call's begin (its seq) among the recorded events (each at its
// end_seq, in trace order) and numbers the result 0, 1, 2...
Times LogicalTimes(const std::vector<TraceEvent>& events) {
  // (sequence number, 0 = a call's begin / 1 = recorded, index, is begin)
  std::vector<std::tuple<uint64_t, int, size_t, bool>> points;
  points.reserve(events.size() * 2);
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i].kind == Kind::kCall) {
      points.emplace_back(events[i].seq, 0, i, true);
    }
    points.emplace_back(events[i].end_seq, 1, i, false);
  }
  std::sort(points.begin(), points.end());
  Times t{std::vector<double>(events.size()),
          std::vector<double>(events.size())};
  for (size_t rank = 0; rank < points.size(); ++rank) {
    const size_t i = std::get<2>(points[rank]);
    if (std::get<3>(points[rank])) {
      t.begin[i] = rank;
    } else {
      t.end[i] = rank;
      if (events[i].kind != Kind::kCall) t.begin[i] = rank;
    }
  }
  return t;
}

Times RealTimes(const std::vector<TraceEvent>& events) {
  auto begin_of = [](const TraceEvent& e) {
    return e.kind == Kind::kCall && e.start != absl::InfinitePast() ? e.start
                                                                    : e.time;
  };
  absl::Time t0 = absl::InfiniteFuture();
  for (const TraceEvent& e : events) t0 = std::min(t0, begin_of(e));
  Times t{std::vector<double>(events.size()),
          std::vector<double>(events.size())};
  for (size_t i = 0; i < events.size(); ++i) {
    t.begin[i] = absl::ToDoubleMicroseconds(begin_of(events[i]) - t0);
    t.end[i] =
        std::max(t.begin[i], absl::ToDoubleMicroseconds(events[i].time - t0));
  }
  return t;
}

// The first argument of a call's summary (the handle most calls act on).
std::string FirstArg(const std::string& args) {
  absl::string_view first = args;
  first = first.substr(0, first.find(','));
  return std::string(absl::StripAsciiWhitespace(first));
}

class JsonWriter {
 public:
  explicit JsonWriter(bool logical) : logical_(logical) {}

  // `fields` is the rest of the object, already JSON ("\"ph\":\"X\",...").
  void Add(const std::string& fields) {
    absl::StrAppend(&out_, out_.empty() ? "" : ",\n", "{", fields, "}");
  }
  std::string Ts(double us) const {
    return logical_ ? absl::StrFormat("%.0f", us) : absl::StrFormat("%.3f", us);
  }
  std::string Finish(absl::string_view time_base) {
    return absl::StrCat("{\"traceEvents\":[\n", out_,
                        "\n],\n\"displayTimeUnit\":\"ns\",\n"
                        "\"otherData\":{\"generator\":\"winemu\","
                        "\"time_base\":\"",
                        time_base, "\"}}\n");
  }

 private:
  const bool logical_;
  std::string out_;
};

std::string Where(ProcessId pid, uint32_t tid) {
  return absl::StrCat("\"pid\":", pid, ",\"tid\":", tid);
}

}  // namespace

std::string JsonQuote(const std::string& text) {
  std::string out = "\"";
  const size_t n = text.size();
  for (size_t i = 0; i < n;) {
    const unsigned char c = text[i];
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20) {
            absl::StrAppendFormat(&out, "\\u%04x", c);
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    // A well-formed UTF-8 sequence is copied; anything else is replaced.
    const int len = c >= 0xF0 && c < 0xF5   ? 4
                    : c >= 0xE0             ? 3
                    : c >= 0xC2 && c < 0xE0 ? 2
                                            : 0;
    bool ok = len != 0 && i + len <= n;
    for (int k = 1; ok && k < len; ++k) {
      ok = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
    }
    if (ok) {
      out.append(text, i, len);
      i += len;
    } else {
      out += "\\ufffd";
      ++i;
    }
  }
  out += "\"";
  return out;
}

std::string ToChromeJson(const std::vector<TraceEvent>& events,
                         const ChromeTraceOptions& options) {
  const bool logical = options.time_base != TraceTimeBase::kReal;
  const Times t = logical ? LogicalTimes(events) : RealTimes(events);
  JsonWriter json(logical);

  // Tracks: one per process (named after its image), one per thread.
  std::set<ProcessId> processes;
  std::set<std::pair<ProcessId, uint32_t>> threads;
  for (const TraceEvent& e : events) {
    processes.insert(e.process);
    threads.insert({e.process, e.thread});
  }
  for (ProcessId pid : processes) {
    auto it = options.process_names.find(pid);
    const std::string name = it != options.process_names.end()
                                 ? it->second
                                 : absl::StrCat("process ", pid);
    json.Add(absl::StrCat("\"name\":\"process_name\",\"ph\":\"M\",",
                          Where(pid, 0),
                          ",\"args\":{\"name\":", JsonQuote(name), "}"));
    json.Add(absl::StrCat("\"name\":\"process_sort_index\",\"ph\":\"M\",",
                          Where(pid, 0), ",\"args\":{\"sort_index\":", pid,
                          "}"));
  }
  for (const auto& [pid, tid] : threads) {
    json.Add(absl::StrCat("\"name\":\"thread_name\",\"ph\":\"M\",",
                          Where(pid, tid), ",\"args\":{\"name\":\"thread ", tid,
                          "\"}"));
  }

  // Lifetime spans: only objects whose begin is still in the (bounded)
  // trace; one never ended is still open (a leak, or alive at export).
  std::set<std::pair<ProcessId, uint64_t>> open_objects;
  // WFP transactions, derived from the calls: keyed by process and engine
  // handle; the value numbers them for unique span ids.
  std::map<std::pair<ProcessId, std::string>, int> open_txns;
  int txn_count = 0;
  auto end_txn = [&](ProcessId pid, const std::string& handle, uint32_t tid,
                     double ts, const char* how) {
    auto it = open_txns.find({pid, handle});
    if (it == open_txns.end()) return;
    json.Add(absl::StrCat(
        "\"name\":\"WFP transaction\",\"cat\":\"transaction\",\"ph\":\"e\","
        "\"id\":\"txn-",
        it->second, "\",\"ts\":", json.Ts(ts), ",", Where(pid, tid),
        ",\"args\":{\"end\":", JsonQuote(how), "}"));
    open_txns.erase(it);
  };

  for (size_t i = 0; i < events.size(); ++i) {
    const TraceEvent& e = events[i];
    switch (e.kind) {
      case Kind::kCall: {
        json.Add(absl::StrCat(
            "\"name\":", JsonQuote(e.api),
            ",\"cat\":\"call\",\"ph\":\"X\","
            "\"ts\":",
            json.Ts(t.begin[i]), ",\"dur\":", json.Ts(t.end[i] - t.begin[i]),
            ",", Where(e.process, e.thread),
            ",\"args\":{\"args\":", JsonQuote(e.args),
            ",\"result\":", JsonQuote(e.result), ",\"seq\":", e.seq, "}"));
        const std::string handle = FirstArg(e.args);
        if (e.api == "FwpmTransactionBegin0" && e.result == "0") {
          const int id = ++txn_count;
          open_txns[{e.process, handle}] = id;
          json.Add(absl::StrCat(
              "\"name\":\"WFP transaction\",\"cat\":\"transaction\","
              "\"ph\":\"b\",\"id\":\"txn-",
              id, "\",\"ts\":", json.Ts(t.end[i]), ",",
              Where(e.process, e.thread),
              ",\"args\":{\"session\":", JsonQuote(handle), "}"));
        } else if (e.api == "FwpmTransactionCommit0" ||
                   e.api == "FwpmTransactionAbort0") {
          end_txn(e.process, handle, e.thread, t.end[i], e.api.c_str());
        } else if (e.result == "0x8032000F") {  // FWP_E_TXN_ABORTED
          end_txn(e.process, handle, e.thread, t.end[i],
                  "aborted (time limit)");
        }
        break;
      }
      case Kind::kObjectBegin:
      case Kind::kObjectEnd: {
        const bool begin = e.kind == Kind::kObjectBegin;
        const std::pair<ProcessId, uint64_t> key{e.process, e.object};
        if (begin) {
          open_objects.insert(key);
        } else {
          // A WFP engine session ending ends its transaction.
          end_txn(e.process, e.args, e.thread, t.end[i], "session closed");
          if (open_objects.erase(key) == 0) break;
        }
        json.Add(absl::StrCat(
            "\"name\":", JsonQuote(e.api), ",\"cat\":\"object\",\"ph\":\"",
            begin ? "b" : "e", "\",\"id\":", JsonQuote(e.args), ",\"ts\":",
            json.Ts(t.end[i]), ",", Where(e.process, e.thread), ",\"args\":{\"",
            begin ? "created by" : "ended by", "\":", JsonQuote(e.result),
            ",\"handle\":", JsonQuote(e.args), "}"));
        break;
      }
      case Kind::kNote:
        json.Add(
            absl::StrCat("\"name\":", JsonQuote(e.api),
                         ",\"cat\":\"note\",\"ph\":\"i\","
                         "\"s\":\"p\",\"ts\":",
                         json.Ts(t.end[i]), ",", Where(e.process, e.thread),
                         ",\"args\":{\"detail\":", JsonQuote(e.args), "}"));
        break;
    }
  }
  return json.Finish(logical ? "logical" : "real");
}

std::string ToChromeJson(Emulator& emu, TraceTimeBase time_base) {
  const std::vector<TraceEvent> events = emu.trace().Events();
  ChromeTraceOptions options;
  options.time_base = time_base;
  if (time_base == TraceTimeBase::kAuto) {
    options.time_base = emu.clock().mode() == Clock::Mode::kReal
                            ? TraceTimeBase::kReal
                            : TraceTimeBase::kLogical;
  }
  for (const TraceEvent& e : events) {
    if (options.process_names.count(e.process) != 0) continue;
    const Process* p = emu.FindProcess(e.process);
    options.process_names[e.process] =
        p != nullptr ? absl::StrCat(p->image_name(), " (pid ", e.process, ")")
                     : absl::StrCat("process ", e.process);
  }
  return ToChromeJson(events, options);
}

}  // namespace winemu
