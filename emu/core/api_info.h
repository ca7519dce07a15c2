// Copyright winemu authors.
//
// api_info.h: one row of a DLL's export table.
//
// Every emulated entry point has a static ApiInfo. The shim passes it to
// ApiCall (call.h), which uses it to trace the call, to inject faults and to
// report unmodelled entry points; the `coverage` tool prints the tables.
//
//   WINEMU_CODE_SET(kEngineCloseCodes, kAnyFwpError | kAnyRpcError,
//                   ERROR_INVALID_HANDLE);
//   constexpr ApiInfo kFwpmEngineClose0 = {
//       "FwpmEngineClose0", "fwpuclnt", Support::kSupported, "",
//       CodeKind::kWin32, ERROR_INVALID_HANDLE, &kEngineCloseCodes};
#ifndef WINEMU_EMU_CORE_API_INFO_H_
#define WINEMU_EMU_CORE_API_INFO_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace winemu {

enum class Support { kSupported, kPartial, kUnsupported };

// How the entry point reports its result; decides how a code prints.
enum class CodeKind {
  kWin32,     // DWORD: 0 or a Win32 / RPC / FWP_E_* code
  kHresult,   // HRESULT
  kNtstatus,  // NTSTATUS
  kBool,      // BOOL with GetLastError()
  kVoid,      // no result
};

// Families of codes a documentation allows wholesale ("any FWP_E_* code",
// "an RPC error").
enum CodeClass : uint32_t {
  kNoClass = 0,
  kAnyFwpError = 1,  // 0x8032xxxx
  kAnyRpcError = 2,  // Win32 codes 1700..1999 (the RPC_S_* / RPC_X_* range)
};

// What an entry point may return besides plain success (0): the codes its
// documentation lists, plus those the spec records as observed on Windows or
// as the recommended reading of an undocumented case. For BOOL entry points
// these are last-error values. Fault rules may only inject these codes (see
// faults.h), and the fuzzers check every result against them.
struct CodeSet {
  const int64_t* codes;  // bit patterns, as the headers spell them
  size_t count;
  uint32_t classes;  // CodeClass bits

  // True for 0 (success) and every listed or class-covered code.
  bool Contains(uint32_t code) const;
  uint32_t code(size_t i) const { return static_cast<uint32_t>(codes[i]); }
};

// Defines `name`, a CodeSet of the listed codes and classes.
#define WINEMU_CODE_SET(name, classes, ...)                      \
  constexpr int64_t name##_list[] = {__VA_ARGS__};               \
  constexpr ::winemu::CodeSet name = {                           \
      name##_list, sizeof(name##_list) / sizeof(name##_list[0]), \
      static_cast<uint32_t>(classes)}

// An entry point that returns nothing (or cannot fail): no code at all.
extern const CodeSet kNoCodes;

struct ApiInfo {
  const char* name;
  const char* dll;
  Support support;
  const char* note;  // what Partial / Unsupported leaves out
  CodeKind code_kind;
  // The code a fault sweep returns for this entry point (bit pattern); 0 means
  // the entry point cannot fail and is never injected.
  uint32_t sweep_code;
  // The codes it may return; null means not recorded (ad-hoc entry points in
  // tests), and then any code is accepted.
  const CodeSet* codes = nullptr;
};

// The registered entry point of that name, or null.
const ApiInfo* FindApi(const char* name);

const char* SupportName(Support support);

// All export tables linked into the binary, in registration order.
class ExportRegistry {
 public:
  // Registers a table; called from a static initializer in each DLL's
  // exports.cc (see ExportTableRegistrar).
  static void Register(const char* dll, const ApiInfo* const* rows, int count);
  struct Table {
    const char* dll;
    std::vector<const ApiInfo*> rows;
  };
  static std::vector<Table> Tables();
};

struct ExportTableRegistrar {
  ExportTableRegistrar(const char* dll, const ApiInfo* const* rows, int count) {
    ExportRegistry::Register(dll, rows, count);
  }
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_API_INFO_H_
