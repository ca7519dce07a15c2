// Copyright winemu authors.
//
// FwpmGetAppIdFromFileName0.
//
// [INF, spec 4.14.6] Windows returns the file's NT device path, lower-cased,
// as UTF-16 with its NUL. winemu resolves the path on the host instead: the
// absolute, normalised path, lower-cased (ASCII), as 16-bit code units with
// a terminating 0; `size` counts bytes. The same file always gives the same
// bytes. A missing file is ERROR_FILE_NOT_FOUND, a missing directory
// ERROR_PATH_NOT_FOUND, a NULL or empty name ERROR_INVALID_PARAMETER; on
// failure *appId is NULL.
#include <fwpmu.h>

#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "api/fwpuclnt/errors.h"
#include "api/fwpuclnt/exports.h"
#include "api/fwpuclnt/marshal.h"
#include "emu/core/call.h"

namespace {

std::string ToNarrow(const wchar_t* s) {
  std::string out;
  for (; *s != 0; ++s) {
    const wchar_t c = *s;
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return out;
}

}  // namespace

extern "C" DWORD WINAPI FwpmGetAppIdFromFileName0(PCWSTR fileName,
                                                  FWP_BYTE_BLOB** appId) {
  WINEMU_API_CALL(call, winemu::fwpuclnt::kFwpmGetAppIdFromFileName0);
  WINEMU_TRACE_ARGS(call, "%p, %p", static_cast<const void*>(fileName),
                    static_cast<void*>(appId));
  if (call.injected()) {
    if (appId != nullptr) *appId = nullptr;
    return call.Finish(static_cast<DWORD>(*call.injected()));
  }
  if (appId == nullptr) return call.Finish(winemu::fwpuclnt::kNullArgument);
  *appId = nullptr;
  if (fileName == nullptr || fileName[0] == 0) {
    return call.Finish(DWORD{ERROR_INVALID_PARAMETER});
  }
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path path = fs::absolute(fs::path(ToNarrow(fileName)), ec);
  if (ec) return call.Finish(DWORD{ERROR_PATH_NOT_FOUND});
  path = path.lexically_normal();
  if (!fs::exists(path, ec)) {
    const bool dir_exists = fs::is_directory(path.parent_path(), ec);
    return call.Finish(static_cast<DWORD>(dir_exists ? ERROR_FILE_NOT_FOUND
                                                     : ERROR_PATH_NOT_FOUND));
  }
  // Back to code points, lower-cased, as 16-bit units (UTF-16).
  const std::wstring wide = path.wstring();
  std::vector<uint16_t> units;
  for (wchar_t c : wide) {
    if (c >= L'A' && c <= L'Z') c = c - L'A' + L'a';
    const uint32_t cp = static_cast<uint32_t>(c);
    if (cp >= 0x10000) {
      units.push_back(static_cast<uint16_t>(0xD800 + ((cp - 0x10000) >> 10)));
      units.push_back(static_cast<uint16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF)));
    } else {
      units.push_back(static_cast<uint16_t>(cp));
    }
  }
  units.push_back(0);
  std::vector<uint8_t> bytes(units.size() * 2);
  for (size_t i = 0; i < units.size(); ++i) {
    bytes[2 * i] = static_cast<uint8_t>(units[i]);
    bytes[2 * i + 1] = static_cast<uint8_t>(units[i] >> 8);
  }
  winemu::fwpuclnt::OutBlock block;
  FWP_BYTE_BLOB* blob = block.New<FWP_BYTE_BLOB>();
  blob->size = static_cast<UINT32>(bytes.size());
  blob->data = block.Bytes(bytes);
  *appId = static_cast<FWP_BYTE_BLOB*>(block.Publish(call, blob));
  return call.Finish(DWORD{ERROR_SUCCESS});
}
