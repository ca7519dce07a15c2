// Copyright winemu authors.
//
// api_info.h: one row of a DLL's export table.
//
// Every emulated entry point has a static ApiInfo. The shim passes it to
// ApiCall (call.h), which uses it to trace the call, to inject faults and to
// report unmodelled entry points; the `coverage` tool prints the tables.
//
//   constexpr ApiInfo kFwpmEngineClose0 = {
//       "FwpmEngineClose0", "fwpuclnt", Support::kSupported, "",
//       CodeKind::kWin32, kErrorInvalidHandleValue};
#ifndef WINEMU_EMU_CORE_API_INFO_H_
#define WINEMU_EMU_CORE_API_INFO_H_

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

struct ApiInfo {
  const char* name;
  const char* dll;
  Support support;
  const char* note;  // what Partial / Unsupported leaves out
  CodeKind code_kind;
  // The code a fault sweep returns for this entry point (bit pattern); 0 means
  // the entry point cannot fail and is never injected.
  uint32_t sweep_code;
};

const char* SupportName(Support support);

// All export tables linked into the binary, in registration order.
class ExportRegistry {
 public:
  // Registers a table; called from a static initializer in each DLL's
  // exports.cc (see ExportTableRegistrar).
  static void Register(const char* dll, const ApiInfo* const* rows,
                       int count);
  struct Table {
    const char* dll;
    std::vector<const ApiInfo*> rows;
  };
  static std::vector<Table> Tables();
};

struct ExportTableRegistrar {
  ExportTableRegistrar(const char* dll, const ApiInfo* const* rows,
                       int count) {
    ExportRegistry::Register(dll, rows, count);
  }
};

}  // namespace winemu

#endif  // WINEMU_EMU_CORE_API_INFO_H_
