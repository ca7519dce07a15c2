// Copyright winemu authors.
//
// Filter Manager file rows: FltCreateFile / Ex / Ex2, FltClose, FltReadFile,
// FltWriteFile. Codes: spec fltmgr.md 4.9 - 4.10 (ZwCreateFile's parameter
// checks are documented; the emulated volume's codes are [INF]).
#include <fltKernel.h>
#include <windows.h>

#include <cstring>

#include "gtest/gtest.h"
#include "tests/catalogue/catalogue.h"
#include "tests/catalogue/flt_util.h"

namespace winemu::catalogue {
namespace {
using namespace flt_rows;  // NOLINT: the rows read better unqualified.
constexpr Basis DOC = Basis::kDoc;
constexpr Basis INF = Basis::kInf;
constexpr Report ANY = Report::kAny;
constexpr Report NAMED = Report::kNamed;
constexpr uint32_t kInvalid = (uint32_t)STATUS_INVALID_PARAMETER;

// The arguments of FltCreateFile*, valid by default (opens or creates
// \catalogue.txt for reading and writing).
struct CreateArgs {
  int variant = 0;  // 0 FltCreateFile, 1 Ex, 2 Ex2
  bool null_filter = false, stale_filter = false, null_handle = false,
       null_oa = false, null_name = false, null_iosb = false, instance = false,
       ea = false, ecp = false;
  const wchar_t* path = L"\\??\\C:\\catalogue.txt";
  ULONG share = FILE_SHARE_READ;
  ULONG disposition = FILE_OPEN_IF;
  ULONG options = FILE_NON_DIRECTORY_FILE;
};

NTSTATUS Create(PFLT_FILTER filter, const CreateArgs& a, HANDLE* h,
                PFILE_OBJECT* fo, IO_STATUS_BLOCK* iosb) {
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, a.path);
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, a.null_name ? nullptr : &name,
                             OBJ_KERNEL_HANDLE, nullptr, nullptr);
  char ea[16] = {};
  IO_DRIVER_CREATE_CONTEXT ctx;
  IoInitializeDriverCreateContext(&ctx);
  if (a.ecp) ctx.ExtraCreateParameter = Poison<PECP_LIST>();
  PFLT_INSTANCE instance = a.instance ? Poison<PFLT_INSTANCE>() : nullptr;
  HANDLE* handle = a.null_handle ? nullptr : h;
  POBJECT_ATTRIBUTES attrs = a.null_oa ? nullptr : &oa;
  PIO_STATUS_BLOCK status = a.null_iosb ? nullptr : iosb;
  const ACCESS_MASK access = GENERIC_READ | GENERIC_WRITE;
  switch (a.variant) {
    case 0:
      return FltCreateFile(filter, instance, handle, access, attrs, status,
                           nullptr, FILE_ATTRIBUTE_NORMAL, a.share,
                           a.disposition, a.options, a.ea ? ea : nullptr,
                           a.ea ? sizeof(ea) : 0, 0);
    case 1:
      return FltCreateFileEx(filter, instance, handle, fo, access, attrs,
                             status, nullptr, FILE_ATTRIBUTE_NORMAL, a.share,
                             a.disposition, a.options, a.ea ? ea : nullptr,
                             a.ea ? sizeof(ea) : 0, 0);
    default:
      return FltCreateFileEx2(filter, instance, handle, fo, access, attrs,
                              status, nullptr, FILE_ATTRIBUTE_NORMAL, a.share,
                              a.disposition, a.options, a.ea ? ea : nullptr,
                              a.ea ? sizeof(ea) : 0, 0, &ctx);
  }
}

// Creates \existing.txt and \dir (for the rows that need them).
void SeedVolume(PFLT_FILTER filter) {
  CreateArgs file;
  file.path = L"\\??\\C:\\existing.txt";
  CreateArgs dir;
  dir.path = L"\\??\\C:\\dir";
  dir.disposition = FILE_CREATE;
  dir.options = FILE_DIRECTORY_FILE;
  for (const CreateArgs& a : {file, dir}) {
    HANDLE h = nullptr;
    IO_STATUS_BLOCK iosb;
    ASSERT_EQ(Create(filter, a, &h, nullptr, &iosb), STATUS_SUCCESS);
    FltClose(h);
  }
}

std::function<uint32_t(Ctx&)> BadCreate(CreateArgs a) {
  return [a](Ctx& c) {
    Driver d;
    SeedVolume(d.filter);
    PFLT_FILTER filter = d.filter;
    if (a.null_filter) filter = nullptr;
    if (a.stale_filter) {
      Driver gone;
      filter = gone.filter;
    }
    HANDLE h = Poison<HANDLE>();
    PFILE_OBJECT fo = Poison<PFILE_OBJECT>();
    IO_STATUS_BLOCK iosb;
    const uint32_t code =
        c.Call([&] { return (uint32_t)Create(filter, a, &h, &fo, &iosb); });
    EXPECT_EQ(h, Poison<HANDLE>()) << "*FileHandle on failure";
    EXPECT_EQ(fo, Poison<PFILE_OBJECT>()) << "*FileObject on failure";
    return code;
  };
}

void Append(std::vector<Case>& to, std::vector<Case> rows) {
  for (Case& c : rows) to.push_back(std::move(c));
}

std::vector<Case> CreateRows(int variant, const char* fn) {
  auto with = [variant](CreateArgs a) {
    a.variant = variant;
    return BadCreate(a);
  };
  std::vector<Case> rows = {
      {fn, "Filter", "NULL", kInvalid, INF, ANY, with({.null_filter = true})},
      {fn, "Filter", "unregistered", kInvalid, INF, ANY,
       with({.stale_filter = true})},
      {fn, "FileHandle", "NULL", kInvalid, INF, NAMED,
       with({.null_handle = true})},
      {fn, "ObjectAttributes", "NULL", kInvalid, INF, NAMED,
       with({.null_oa = true})},
      {fn, "ObjectAttributes->ObjectName", "NULL", kInvalid, INF, NAMED,
       with({.null_name = true})},
      {fn, "IoStatusBlock", "NULL", kInvalid, INF, NAMED,
       with({.null_iosb = true})},
      {fn, "CreateDisposition", "6 (above FILE_MAXIMUM_DISPOSITION)", kInvalid,
       DOC, ANY, with({.disposition = 6})},
      {fn, "CreateOptions", "bit 0x01000000 (outside the valid options)",
       kInvalid, DOC, ANY, with({.options = 0x01000000})},
      {fn, "CreateOptions", "DIRECTORY_FILE | NON_DIRECTORY_FILE", kInvalid,
       DOC, ANY,
       with({.options = FILE_DIRECTORY_FILE | FILE_NON_DIRECTORY_FILE})},
      {fn, "CreateOptions", "DIRECTORY_FILE with FILE_OVERWRITE_IF", kInvalid,
       DOC, ANY,
       with(
           {.disposition = FILE_OVERWRITE_IF, .options = FILE_DIRECTORY_FILE})},
      {fn, "ShareAccess", "bit 0x8 (outside FILE_SHARE_VALID_FLAGS)", kInvalid,
       DOC, ANY, with({.share = 0x8})},
      {fn, "ObjectAttributes->ObjectName", "relative (no leading \\)",
       (uint32_t)STATUS_OBJECT_PATH_SYNTAX_BAD, INF, ANY,
       with({.path = L"catalogue.txt"})},
      {fn, "ObjectAttributes->ObjectName", "missing file with FILE_OPEN",
       (uint32_t)STATUS_OBJECT_NAME_NOT_FOUND, INF, ANY,
       with({.path = L"\\??\\C:\\missing.txt", .disposition = FILE_OPEN})},
      {fn, "ObjectAttributes->ObjectName", "missing directory",
       (uint32_t)STATUS_OBJECT_PATH_NOT_FOUND, INF, ANY,
       with({.path = L"\\??\\C:\\nodir\\a.txt"})},
      {fn, "ObjectAttributes->ObjectName", "existing file with FILE_CREATE",
       (uint32_t)STATUS_OBJECT_NAME_COLLISION, INF, ANY,
       with({.path = L"\\??\\C:\\existing.txt", .disposition = FILE_CREATE})},
      {fn, "CreateOptions", "NON_DIRECTORY_FILE on a directory",
       (uint32_t)STATUS_FILE_IS_A_DIRECTORY, INF, ANY,
       with({.path = L"\\??\\C:\\dir"})},
      {fn, "CreateOptions", "DIRECTORY_FILE on a file",
       (uint32_t)STATUS_NOT_A_DIRECTORY, INF, ANY,
       with({.path = L"\\??\\C:\\existing.txt",
             .disposition = FILE_OPEN,
             .options = FILE_DIRECTORY_FILE})},
      {fn, "Instance", "non-NULL (not modelled)",
       (uint32_t)STATUS_NOT_SUPPORTED, INF, NAMED, with({.instance = true})},
      {fn, "EaBuffer", "non-NULL (not modelled)",
       (uint32_t)STATUS_NOT_SUPPORTED, INF, NAMED, with({.ea = true})},
  };
  if (variant == 2) {
    rows.push_back({fn, "DriverContext", "with an ECP list (not modelled)",
                    (uint32_t)STATUS_NOT_SUPPORTED, INF, NAMED,
                    with({.ecp = true})});
  }
  return rows;
}

// An open file: handle and FILE_OBJECT; closed and dereferenced at the end.
struct OpenFile {
  Driver d;
  HANDLE h = nullptr;
  PFILE_OBJECT fo = nullptr;
  explicit OpenFile(const wchar_t* path = L"\\??\\C:\\catalogue.txt") {
    CreateArgs a;
    a.variant = 1;
    a.path = path;
    IO_STATUS_BLOCK iosb;
    EXPECT_EQ(Create(d.filter, a, &h, &fo, &iosb), STATUS_SUCCESS);
  }
  ~OpenFile() {
    if (h != nullptr) FltClose(h);
    if (fo != nullptr) ObDereferenceObject(fo);
  }
};

VOID FLTAPI Completed(PFLT_CALLBACK_DATA, PFLT_CONTEXT) {}

// FltReadFile / FltWriteFile with one bad argument; *BytesRead untouched.
struct IoArgs {
  bool write = false, null_object = false, stale_object = false,
       null_buffer = false, callback = false;
};
std::function<uint32_t(Ctx&)> BadIo(IoArgs a) {
  return [a](Ctx& c) {
    OpenFile f;
    PFILE_OBJECT fo = f.fo;
    if (a.null_object) fo = nullptr;
    if (a.stale_object) {
      OpenFile gone(L"\\??\\C:\\gone.txt");
      fo = gone.fo;
    }
    char buffer[8] = "payload";
    ULONG done = 0xdeadbeef;
    const uint32_t code = c.Call([&] {
      void* b = a.null_buffer ? nullptr : buffer;
      PFLT_COMPLETED_ASYNC_IO_CALLBACK cb = a.callback ? Completed : nullptr;
      return (uint32_t)(a.write ? FltWriteFile(nullptr, fo, nullptr, 8, b, 0,
                                               &done, cb, nullptr)
                                : FltReadFile(nullptr, fo, nullptr, 8, b, 0,
                                              &done, cb, nullptr));
    });
    EXPECT_EQ(done, 0xdeadbeefu) << "*BytesRead/Written on failure";
    return code;
  };
}

std::vector<Case> IoRows(bool write) {
  const char* fn = write ? "FltWriteFile" : "FltReadFile";
  auto with = [write](IoArgs a) {
    a.write = write;
    return BadIo(a);
  };
  return {
      {fn, "FileObject", "NULL", kInvalid, INF, ANY,
       with({.null_object = true})},
      {fn, "FileObject", "dereferenced", kInvalid, INF, ANY,
       with({.stale_object = true})},
      {fn, "Buffer", "NULL with Length 8", kInvalid, INF, ANY,
       with({.null_buffer = true})},
      {fn, "CallbackRoutine", "non-NULL (asynchronous, not modelled)",
       (uint32_t)STATUS_NOT_SUPPORTED, INF, NAMED, with({.callback = true})},
  };
}

std::vector<Case> CloseRows() {
  auto close = [](std::function<HANDLE(Ctx&)> make) {
    return [make](Ctx& c) {
      Driver d;
      HANDLE h = make(c);
      return c.Call([&] { return (uint32_t)FltClose(h); });
    };
  };
  return {
      {"FltClose", "FileHandle", "NULL", (uint32_t)STATUS_INVALID_HANDLE, DOC,
       ANY, close([](Ctx&) { return HANDLE{nullptr}; })},
      {"FltClose", "FileHandle", "never issued",
       (uint32_t)STATUS_INVALID_HANDLE, DOC, ANY,
       close([](Ctx&) { return Poison<HANDLE>(); })},
      {"FltClose", "FileHandle", "already closed",
       (uint32_t)STATUS_INVALID_HANDLE, INF, ANY, close([](Ctx&) {
         OpenFile f;
         HANDLE stale = f.h;
         return stale;
       })},
      {"FltClose", "FileHandle", "wrong type (a FILE_OBJECT)",
       (uint32_t)STATUS_INVALID_HANDLE, INF, ANY,
       [](Ctx& c) {
         OpenFile f;
         return c.Call([&] { return (uint32_t)FltClose(f.fo); });
       }},
  };
}

}  // namespace

std::vector<Case> FltFileCases() {
  std::vector<Case> rows = CreateRows(0, "FltCreateFile");
  Append(rows, CreateRows(1, "FltCreateFileEx"));
  Append(rows, CreateRows(2, "FltCreateFileEx2"));
  Append(rows, IoRows(false));
  Append(rows, IoRows(true));
  Append(rows, CloseRows());
  return rows;
}

}  // namespace winemu::catalogue
