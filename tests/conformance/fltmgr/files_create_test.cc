// Copyright winemu authors.
//
// Conformance, in depth: FltCreateFile / FltCreateFileEx / FltCreateFileEx2
// (every disposition, share access, directories, names, out-parameters on
// failure), FltClose (what is and is not a file handle) and the lifetime of
// the FILE_OBJECT from FltCreateFileEx (ObReferenceObject /
// ObDereferenceObject), on the emulated volume C: (\Device\HarddiskVolume1),
// which starts empty.
#include <fltKernel.h>

#include <cstring>
#include <cwchar>
#include <string>

#include "gtest/gtest.h"

namespace {

HANDLE const kPoisonHandle = reinterpret_cast<HANDLE>(0xdeadbeef);
PFILE_OBJECT const kPoisonObject = reinterpret_cast<PFILE_OBJECT>(0xdeadbeef);
NTSTATUS const kPoisonStatus = 0x7fffffff;
ULONG_PTR const kPoisonInformation = 0xdeadbeef;

class CreateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    FLT_REGISTRATION r = {};
    r.Size = sizeof(r);
    r.Version = FLT_REGISTRATION_VERSION;
    ASSERT_EQ(FltRegisterFilter(&driver_, &r, &filter_), STATUS_SUCCESS);
  }
  void TearDown() override { FltUnregisterFilter(filter_); }

  void Poison() {
    iosb_.Status = kPoisonStatus;
    iosb_.Information = kPoisonInformation;
  }

  // FltCreateFile, or FltCreateFileEx when `object` is given.
  NTSTATUS Open(const wchar_t* path, ACCESS_MASK access, ULONG share,
                ULONG disposition, ULONG options, HANDLE* handle,
                PFILE_OBJECT* object = NULL, ULONG flags = 0) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, path);
    OBJECT_ATTRIBUTES oa;
    InitializeObjectAttributes(
        &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    Poison();
    if (object == NULL) {
      return FltCreateFile(filter_, NULL, handle, access, &oa, &iosb_, NULL,
                           FILE_ATTRIBUTE_NORMAL, share, disposition, options,
                           NULL, 0, flags);
    }
    return FltCreateFileEx(filter_, NULL, handle, object, access, &oa, &iosb_,
                           NULL, FILE_ATTRIBUTE_NORMAL, share, disposition,
                           options, NULL, 0, flags);
  }

  // Creates `path` holding `text`.
  void MakeFile(const wchar_t* path, const char* text) {
    HANDLE h = NULL;
    PFILE_OBJECT object = NULL;
    ASSERT_EQ(Open(path, GENERIC_WRITE, 0, FILE_CREATE, 0, &h, &object),
              STATUS_SUCCESS);
    ULONG n = 0;
    LARGE_INTEGER zero = {};
    EXPECT_EQ(FltWriteFile(NULL, object, &zero, (ULONG)strlen(text),
                           const_cast<char*>(text), 0, &n, NULL, NULL),
              STATUS_SUCCESS);
    EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
    ObDereferenceObject(object);
  }

  // The bytes of `path` (opened with FILE_OPEN, shared), "<status>" if the
  // open fails.
  std::string ReadAll(const wchar_t* path) {
    HANDLE h = NULL;
    PFILE_OBJECT object = NULL;
    NTSTATUS s = Open(path, GENERIC_READ,
                      FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                      FILE_OPEN, 0, &h, &object);
    if (s != STATUS_SUCCESS) return "<open failed>";
    char buffer[256] = {};
    ULONG n = 0;
    LARGE_INTEGER zero = {};
    s = FltReadFile(NULL, object, &zero, sizeof(buffer), buffer, 0, &n, NULL,
                    NULL);
    FltClose(h);
    ObDereferenceObject(object);
    if (s == STATUS_END_OF_FILE) return "";
    return std::string(buffer, n);
  }

  DRIVER_OBJECT driver_ = {};
  PFLT_FILTER filter_ = NULL;
  IO_STATUS_BLOCK iosb_;
};

// ZwCreateFile's disposition table on a name that does not exist yet.
TEST_F(CreateTest, EveryDispositionOnAMissingFile) {
  struct {
    const wchar_t* path;
    ULONG disposition;
    NTSTATUS status;
    ULONG_PTR information;
  } const kCases[] = {
      {L"\\??\\C:\\m0", FILE_SUPERSEDE, STATUS_SUCCESS, FILE_CREATED},
      {L"\\??\\C:\\m1", FILE_OPEN, STATUS_OBJECT_NAME_NOT_FOUND,
       FILE_DOES_NOT_EXIST},
      {L"\\??\\C:\\m2", FILE_CREATE, STATUS_SUCCESS, FILE_CREATED},
      {L"\\??\\C:\\m3", FILE_OPEN_IF, STATUS_SUCCESS, FILE_CREATED},
      {L"\\??\\C:\\m4", FILE_OVERWRITE, STATUS_OBJECT_NAME_NOT_FOUND,
       FILE_DOES_NOT_EXIST},
      {L"\\??\\C:\\m5", FILE_OVERWRITE_IF, STATUS_SUCCESS, FILE_CREATED},
  };
  for (const auto& c : kCases) {
    HANDLE h = kPoisonHandle;
    EXPECT_EQ(
        Open(c.path, GENERIC_READ | GENERIC_WRITE, 0, c.disposition, 0, &h),
        c.status)
        << c.disposition;
    EXPECT_EQ(iosb_.Status, c.status) << c.disposition;
    EXPECT_EQ(iosb_.Information, c.information) << c.disposition;
    if (c.status == STATUS_SUCCESS) {
      EXPECT_NE(h, kPoisonHandle);
      EXPECT_NE(h, (HANDLE)NULL);
      EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
      EXPECT_EQ(ReadAll(c.path), "") << c.disposition;
    } else {
      EXPECT_EQ(h, kPoisonHandle) << c.disposition;
      // Nothing was created.
      EXPECT_EQ(ReadAll(c.path), "<open failed>") << c.disposition;
    }
  }
}

// On an existing file: which dispositions keep, and which replace, its data.
TEST_F(CreateTest, EveryDispositionOnAnExistingFile) {
  struct {
    ULONG disposition;
    NTSTATUS status;
    ULONG_PTR information;
    const char* after;
  } const kCases[] = {
      {FILE_SUPERSEDE, STATUS_SUCCESS, FILE_SUPERSEDED, ""},
      {FILE_OPEN, STATUS_SUCCESS, FILE_OPENED, "data"},
      {FILE_CREATE, STATUS_OBJECT_NAME_COLLISION, FILE_EXISTS, "data"},
      {FILE_OPEN_IF, STATUS_SUCCESS, FILE_OPENED, "data"},
      {FILE_OVERWRITE, STATUS_SUCCESS, FILE_OVERWRITTEN, ""},
      {FILE_OVERWRITE_IF, STATUS_SUCCESS, FILE_OVERWRITTEN, ""},
  };
  int i = 0;
  for (const auto& c : kCases) {
    wchar_t path[32];
    swprintf(path, 32, L"\\??\\C:\\e%d.txt", i++);
    MakeFile(path, "data");
    HANDLE h = kPoisonHandle;
    EXPECT_EQ(Open(path, GENERIC_WRITE, 0, c.disposition, 0, &h), c.status)
        << c.disposition;
    EXPECT_EQ(iosb_.Status, c.status) << c.disposition;
    EXPECT_EQ(iosb_.Information, c.information) << c.disposition;
    if (c.status == STATUS_SUCCESS) {
      EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
    } else {
      EXPECT_EQ(h, kPoisonHandle);
    }
    EXPECT_EQ(ReadAll(path), c.after) << c.disposition;
  }
}

TEST_F(CreateTest, FailedCreateExLeavesHandleAndFileObjectUntouched) {
  HANDLE h = kPoisonHandle;
  PFILE_OBJECT object = kPoisonObject;
  EXPECT_EQ(Open(L"\\??\\C:\\missing.txt", GENERIC_READ, 0, FILE_OPEN, 0, &h,
                 &object),
            STATUS_OBJECT_NAME_NOT_FOUND);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(object, kPoisonObject);
  EXPECT_EQ(iosb_.Status, STATUS_OBJECT_NAME_NOT_FOUND);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_DOES_NOT_EXIST);

  MakeFile(L"\\??\\C:\\there.txt", "x");
  EXPECT_EQ(Open(L"\\??\\C:\\there.txt", GENERIC_READ, 0, FILE_CREATE, 0, &h,
                 &object),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(object, kPoisonObject);
  EXPECT_EQ(iosb_.Status, STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_EXISTS);

  EXPECT_EQ(Open(L"\\??\\C:\\nodir\\f.txt", GENERIC_READ, 0, FILE_OPEN_IF, 0,
                 &h, &object),
            STATUS_OBJECT_PATH_NOT_FOUND);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(object, kPoisonObject);
  EXPECT_EQ(iosb_.Status, STATUS_OBJECT_PATH_NOT_FOUND);
}

// Parameter checks fail before the request reaches the file system: the
// IO_STATUS_BLOCK is not written either.
TEST_F(CreateTest, InvalidParametersTouchNoOutParameter) {
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\??\\C:\\p.txt");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  HANDLE h = kPoisonHandle;
  PFILE_OBJECT object = kPoisonObject;
  struct {
    ULONG disposition;
    ULONG options;
    ULONG share;
  } const kBad[] = {
      {FILE_MAXIMUM_DISPOSITION + 1, 0, 0},
      {0xffffffff, 0, 0},
      {FILE_OPEN_IF, FILE_DIRECTORY_FILE | FILE_NON_DIRECTORY_FILE, 0},
      {FILE_SUPERSEDE, FILE_DIRECTORY_FILE, 0},
      {FILE_OVERWRITE, FILE_DIRECTORY_FILE, 0},
      {FILE_OVERWRITE_IF, FILE_DIRECTORY_FILE, 0},
      {FILE_OPEN_IF, 0x01000000, 0},  // outside FILE_VALID_OPTION_FLAGS
      {FILE_OPEN_IF, 0, 0x8},         // outside FILE_SHARE_VALID_FLAGS
  };
  for (const auto& c : kBad) {
    Poison();
    EXPECT_EQ(FltCreateFileEx(filter_, NULL, &h, &object, GENERIC_READ, &oa,
                              &iosb_, NULL, FILE_ATTRIBUTE_NORMAL, c.share,
                              c.disposition, c.options, NULL, 0, 0),
              STATUS_INVALID_PARAMETER)
        << c.disposition << " " << c.options << " " << c.share;
    EXPECT_EQ(h, kPoisonHandle);
    EXPECT_EQ(object, kPoisonObject);
    EXPECT_EQ(iosb_.Status, kPoisonStatus);
    EXPECT_EQ(iosb_.Information, kPoisonInformation);
  }
  // Required pointers.
  Poison();
  EXPECT_EQ(FltCreateFile(filter_, NULL, NULL, GENERIC_READ, &oa, &iosb_, NULL,
                          0, 0, FILE_OPEN_IF, 0, NULL, 0, 0),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateFile(filter_, NULL, &h, GENERIC_READ, NULL, &iosb_, NULL,
                          0, 0, FILE_OPEN_IF, 0, NULL, 0, 0),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateFile(filter_, NULL, &h, GENERIC_READ, &oa, NULL, NULL, 0,
                          0, FILE_OPEN_IF, 0, NULL, 0, 0),
            STATUS_INVALID_PARAMETER);
  OBJECT_ATTRIBUTES unnamed;
  InitializeObjectAttributes(&unnamed, NULL, OBJ_KERNEL_HANDLE, NULL, NULL);
  EXPECT_EQ(FltCreateFile(filter_, NULL, &h, GENERIC_READ, &unnamed, &iosb_,
                          NULL, 0, 0, FILE_OPEN_IF, 0, NULL, 0, 0),
            STATUS_INVALID_PARAMETER);
  // A NULL or bogus filter.
  EXPECT_EQ(FltCreateFile(NULL, NULL, &h, GENERIC_READ, &oa, &iosb_, NULL, 0, 0,
                          FILE_OPEN_IF, 0, NULL, 0, 0),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateFile(reinterpret_cast<PFLT_FILTER>(0xdeadbeef), NULL, &h,
                          GENERIC_READ, &oa, &iosb_, NULL, 0, 0, FILE_OPEN_IF,
                          0, NULL, 0, 0),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(iosb_.Status, kPoisonStatus);
  EXPECT_EQ(iosb_.Information, kPoisonInformation);
  // None of them created the file.
  EXPECT_EQ(ReadAll(L"\\??\\C:\\p.txt"), "<open failed>");
}

TEST_F(CreateTest, DirectoriesAndFileDirectoryOptions) {
  HANDLE h = kPoisonHandle;
  // FILE_OPEN_IF with FILE_DIRECTORY_FILE creates a directory.
  ASSERT_EQ(Open(L"\\??\\C:\\d", GENERIC_READ, 0, FILE_OPEN_IF,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_CREATED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  // Opening it again: with FILE_DIRECTORY_FILE, and with neither option.
  ASSERT_EQ(Open(L"\\??\\C:\\d", GENERIC_READ, FILE_SHARE_READ, FILE_OPEN,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_OPENED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ASSERT_EQ(Open(L"\\??\\C:\\d", GENERIC_READ, FILE_SHARE_READ, FILE_OPEN_IF,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_OPENED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ASSERT_EQ(Open(L"\\??\\C:\\d", GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  // A directory is not a file, whatever the disposition that would open it.
  for (ULONG disposition : {FILE_OPEN, FILE_OPEN_IF}) {
    h = kPoisonHandle;
    EXPECT_EQ(Open(L"\\??\\C:\\d", GENERIC_READ, 0, disposition,
                   FILE_NON_DIRECTORY_FILE, &h),
              STATUS_FILE_IS_A_DIRECTORY);
    EXPECT_EQ(iosb_.Status, STATUS_FILE_IS_A_DIRECTORY);
    EXPECT_EQ(h, kPoisonHandle);
  }
  // FILE_CREATE on an existing directory collides, with or without options.
  EXPECT_EQ(Open(L"\\??\\C:\\d", GENERIC_READ, 0, FILE_CREATE,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_EXISTS);
  // A file is not a directory.
  MakeFile(L"\\??\\C:\\d\\f", "");
  for (ULONG disposition : {FILE_OPEN, FILE_OPEN_IF}) {
    h = kPoisonHandle;
    EXPECT_EQ(Open(L"\\??\\C:\\d\\f", GENERIC_READ, 0, disposition,
                   FILE_DIRECTORY_FILE, &h),
              STATUS_NOT_A_DIRECTORY);
    EXPECT_EQ(iosb_.Status, STATUS_NOT_A_DIRECTORY);
    EXPECT_EQ(h, kPoisonHandle);
  }
  // The volume's root directory.
  ASSERT_EQ(Open(L"\\??\\C:\\", GENERIC_READ, FILE_SHARE_READ, FILE_OPEN,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_OPENED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
}

TEST_F(CreateTest, EveryNameOfTheVolumeReachesTheSameFile) {
  MakeFile(L"\\Device\\HarddiskVolume1\\Name.txt", "one file");
  EXPECT_EQ(ReadAll(L"\\??\\C:\\Name.txt"), "one file");
  EXPECT_EQ(ReadAll(L"\\??\\c:\\NAME.TXT"), "one file");
  EXPECT_EQ(ReadAll(L"\\DosDevices\\C:\\name.txt"), "one file");
  EXPECT_EQ(ReadAll(L"\\device\\harddiskvolume1\\name.TXT"), "one file");
  HANDLE h = kPoisonHandle;
  EXPECT_EQ(Open(L"\\??\\C:\\name.txt", GENERIC_READ, 0, FILE_CREATE, 0, &h),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(h, kPoisonHandle);
}

TEST_F(CreateTest, MissingFilesAndMissingPaths) {
  MakeFile(L"\\??\\C:\\file", "");
  struct {
    const wchar_t* path;
    ULONG disposition;
    NTSTATUS status;
  } const kCases[] = {
      {L"\\??\\C:\\nothing", FILE_OPEN, STATUS_OBJECT_NAME_NOT_FOUND},
      {L"\\??\\C:\\nodir\\nothing", FILE_OPEN, STATUS_OBJECT_PATH_NOT_FOUND},
      {L"\\??\\C:\\nodir\\nothing", FILE_CREATE, STATUS_OBJECT_PATH_NOT_FOUND},
      {L"\\??\\C:\\nodir\\nothing", FILE_OPEN_IF, STATUS_OBJECT_PATH_NOT_FOUND},
      {L"\\??\\C:\\nodir\\nothing", FILE_OVERWRITE_IF,
       STATUS_OBJECT_PATH_NOT_FOUND},
      {L"\\??\\C:\\nodir\\deeper\\nothing", FILE_OPEN_IF,
       STATUS_OBJECT_PATH_NOT_FOUND},
      // A file used as a directory on the way.
      {L"\\??\\C:\\file\\nothing", FILE_OPEN_IF, STATUS_OBJECT_PATH_NOT_FOUND},
      {L"\\Device\\HarddiskVolume1\\nodir\\x", FILE_OPEN_IF,
       STATUS_OBJECT_PATH_NOT_FOUND},
      {L"\\Device\\HarddiskVolume1\\nothing", FILE_OPEN,
       STATUS_OBJECT_NAME_NOT_FOUND},
  };
  for (const auto& c : kCases) {
    HANDLE h = kPoisonHandle;
    EXPECT_EQ(Open(c.path, GENERIC_READ, 0, c.disposition, 0, &h), c.status)
        << c.disposition;
    EXPECT_EQ(iosb_.Status, c.status);
    EXPECT_EQ(h, kPoisonHandle);
  }
  // None of the failed creates left a directory behind.
  HANDLE h = kPoisonHandle;
  EXPECT_EQ(Open(L"\\??\\C:\\nodir", GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_OBJECT_NAME_NOT_FOUND);
}

TEST_F(CreateTest, ShareAccessRules) {
  const wchar_t* path = L"\\??\\C:\\share.txt";
  MakeFile(path, "keep");
  HANDLE first = NULL;
  HANDLE h = kPoisonHandle;
  // A writer that lets others read (but not write).
  ASSERT_EQ(Open(path, GENERIC_WRITE, FILE_SHARE_READ, FILE_OPEN, 0, &first),
            STATUS_SUCCESS);
  // A reader must share writing with the existing writer.
  EXPECT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ, FILE_OPEN, 0, &h),
            STATUS_SHARING_VIOLATION);
  EXPECT_EQ(iosb_.Status, STATUS_SHARING_VIOLATION);
  EXPECT_EQ(h, kPoisonHandle);
  // A second writer is refused: the first does not share writing.
  EXPECT_EQ(Open(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                 FILE_OPEN, 0, &h),
            STATUS_SHARING_VIOLATION);
  EXPECT_EQ(h, kPoisonHandle);
  // A refused overwrite does not truncate the file.
  EXPECT_EQ(Open(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                 FILE_OVERWRITE, 0, &h),
            STATUS_SHARING_VIOLATION);
  EXPECT_EQ(Open(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                 FILE_SUPERSEDE, 0, &h),
            STATUS_SHARING_VIOLATION);
  EXPECT_EQ(h, kPoisonHandle);
  // A reader that shares writing is admitted.
  ASSERT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
                 FILE_OPEN, 0, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  // Delete access needs FILE_SHARE_DELETE from every open.
  h = kPoisonHandle;
  EXPECT_EQ(
      Open(path, DELETE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
           FILE_OPEN, 0, &h),
      STATUS_SHARING_VIOLATION);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(FltClose(first), STATUS_SUCCESS);
  EXPECT_EQ(ReadAll(path), "keep");

  // Opens that share delete admit a deleter, which must share back.
  HANDLE a = NULL;
  ASSERT_EQ(Open(path, GENERIC_READ,
                 FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                 FILE_OPEN, 0, &a),
            STATUS_SUCCESS);
  EXPECT_EQ(Open(path, DELETE, FILE_SHARE_WRITE | FILE_SHARE_DELETE, FILE_OPEN,
                 0, &h),
            STATUS_SHARING_VIOLATION);
  ASSERT_EQ(Open(path, DELETE, FILE_SHARE_READ, FILE_OPEN, 0, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(a), STATUS_SUCCESS);
}

TEST_F(CreateTest, IgnoreShareAccessCheckFlag) {
  const wchar_t* path = L"\\??\\C:\\exclusive.txt";
  HANDLE exclusive = NULL;
  ASSERT_EQ(
      Open(path, GENERIC_READ | GENERIC_WRITE, 0, FILE_CREATE, 0, &exclusive),
      STATUS_SUCCESS);
  HANDLE h = kPoisonHandle;
  EXPECT_EQ(Open(path, GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_SHARING_VIOLATION);
  ASSERT_EQ(Open(path, GENERIC_READ, 0, FILE_OPEN, 0, &h, NULL,
                 IO_IGNORE_SHARE_ACCESS_CHECK),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_OPENED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(exclusive), STATUS_SUCCESS);
}

// Share access goes with the handle (cleanup), not the file object: after
// FltClose the file object still reads, but no longer blocks other opens.
TEST_F(CreateTest, FileObjectOutlivesItsHandleWithoutItsShareAccess) {
  const wchar_t* path = L"\\??\\C:\\lives.txt";
  MakeFile(path, "abc");
  HANDLE h = NULL;
  PFILE_OBJECT object = kPoisonObject;
  ASSERT_EQ(Open(path, GENERIC_READ, 0, FILE_OPEN, 0, &h, &object),
            STATUS_SUCCESS);
  ASSERT_NE(object, kPoisonObject);
  ASSERT_NE(object, (PFILE_OBJECT)NULL);
  HANDLE other = kPoisonHandle;
  EXPECT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ, FILE_OPEN, 0, &other),
            STATUS_SHARING_VIOLATION);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  // The handle is gone ...
  EXPECT_EQ(FltClose(h), STATUS_INVALID_HANDLE);
  // ... and so is its share access ...
  ASSERT_EQ(Open(path, GENERIC_WRITE, 0, FILE_OPEN, 0, &other), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(other), STATUS_SUCCESS);
  // ... but the file object reads on, also through an extra reference.
  ObReferenceObject(object);
  ObDereferenceObject(object);
  char buffer[8] = {};
  ULONG n = 0xdeadbeef;
  LARGE_INTEGER zero = {};
  ASSERT_EQ(FltReadFile(NULL, object, &zero, sizeof(buffer), buffer, 0, &n,
                        NULL, NULL),
            STATUS_SUCCESS);
  EXPECT_EQ(n, 3u);
  EXPECT_EQ(std::string(buffer, n), "abc");
  ObDereferenceObject(object);
}

TEST_F(CreateTest, FileObjectIsOptionalInExAndEx2) {
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\??\\C:\\opt.txt");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  HANDLE h = kPoisonHandle;
  Poison();
  ASSERT_EQ(
      FltCreateFileEx(filter_, NULL, &h, NULL, GENERIC_WRITE, &oa, &iosb_, NULL,
                      FILE_ATTRIBUTE_NORMAL, 0, FILE_CREATE, 0, NULL, 0, 0),
      STATUS_SUCCESS);
  EXPECT_NE(h, kPoisonHandle);
  EXPECT_EQ(iosb_.Status, STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_CREATED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);

  // Ex2, NULL DriverContext, with a file object.
  PFILE_OBJECT object = kPoisonObject;
  h = kPoisonHandle;
  Poison();
  ASSERT_EQ(FltCreateFileEx2(filter_, NULL, &h, &object, GENERIC_READ, &oa,
                             &iosb_, NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OPEN,
                             0, NULL, 0, 0, NULL),
            STATUS_SUCCESS);
  EXPECT_NE(h, kPoisonHandle);
  EXPECT_NE(object, kPoisonObject);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_OPENED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ObDereferenceObject(object);

  // Ex2 failures leave both out-parameters alone.
  h = kPoisonHandle;
  object = kPoisonObject;
  Poison();
  EXPECT_EQ(FltCreateFileEx2(filter_, NULL, &h, &object, GENERIC_READ, &oa,
                             &iosb_, NULL, FILE_ATTRIBUTE_NORMAL, 0,
                             FILE_CREATE, 0, NULL, 0, 0, NULL),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(object, kPoisonObject);
  EXPECT_EQ(iosb_.Status, STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_EXISTS);
}

NTSTATUS FLTAPI Connect(PFLT_PORT, PVOID, PVOID, ULONG, PVOID*) {
  return STATUS_SUCCESS;
}
VOID FLTAPI Disconnect(PVOID) {}

// FltClose takes only FltCreateFile* handles.
TEST_F(CreateTest, FltCloseRefusesWhatIsNotAFileHandle) {
  HANDLE h = NULL;
  PFILE_OBJECT object = NULL;
  ASSERT_EQ(
      Open(L"\\??\\C:\\fo.txt", GENERIC_READ, 0, FILE_CREATE, 0, &h, &object),
      STATUS_SUCCESS);
  // The FILE_OBJECT is not a handle; closing it changes nothing.
  EXPECT_EQ(FltClose(reinterpret_cast<HANDLE>(object)), STATUS_INVALID_HANDLE);
  // A communication port is not a file handle.
  UNICODE_STRING port_name;
  RtlInitUnicodeString(&port_name, L"\\FltCloseTestPort");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &port_name, OBJ_KERNEL_HANDLE, NULL, NULL);
  PFLT_PORT port = NULL;
  ASSERT_EQ(FltCreateCommunicationPort(filter_, &port, &oa, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(reinterpret_cast<HANDLE>(port)), STATUS_INVALID_HANDLE);
  FltCloseCommunicationPort(port);
  EXPECT_EQ(FltClose(reinterpret_cast<HANDLE>(port)), STATUS_INVALID_HANDLE);
  // Nor is the current-process pseudo handle.
  EXPECT_EQ(FltClose((HANDLE)(LONG_PTR)-1), STATUS_INVALID_HANDLE);
  // The handle itself still closes, once.
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_INVALID_HANDLE);
  ObDereferenceObject(object);
  EXPECT_EQ(FltClose(reinterpret_cast<HANDLE>(object)), STATUS_INVALID_HANDLE);
}

TEST_F(CreateTest, TwoHandlesToOneFileCloseIndependently) {
  const wchar_t* path = L"\\??\\C:\\two.txt";
  HANDLE a = NULL, b = NULL;
  ASSERT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ, FILE_CREATE, 0, &a),
            STATUS_SUCCESS);
  ASSERT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ, FILE_OPEN, 0, &b),
            STATUS_SUCCESS);
  EXPECT_NE(a, b);
  EXPECT_EQ(FltClose(a), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(a), STATUS_INVALID_HANDLE);
  EXPECT_EQ(FltClose(b), STATUS_SUCCESS);
}

TEST_F(CreateTest, ReadAndWritePositionsAndAppend) {
  HANDLE h = NULL;
  PFILE_OBJECT object = NULL;
  ASSERT_EQ(Open(L"\\??\\C:\\pos.txt", GENERIC_READ | GENERIC_WRITE, 0,
                 FILE_CREATE, FILE_SYNCHRONOUS_IO_NONALERT, &h, &object),
            STATUS_SUCCESS);
  ULONG n = 0;
  // NULL ByteOffset: the current position, which the write advances.
  ASSERT_EQ(
      FltWriteFile(NULL, object, NULL, 3, (PVOID) "abc", 0, &n, NULL, NULL),
      STATUS_SUCCESS);
  ASSERT_EQ(
      FltWriteFile(NULL, object, NULL, 3, (PVOID) "def", 0, &n, NULL, NULL),
      STATUS_SUCCESS);
  // -1 (FILE_WRITE_TO_END_OF_FILE) appends.
  LARGE_INTEGER end;
  end.QuadPart = -1;
  ASSERT_EQ(FltWriteFile(NULL, object, &end, 1, (PVOID) "!", 0, &n, NULL, NULL),
            STATUS_SUCCESS);
  EXPECT_EQ(n, 1u);
  char buffer[16] = {};
  LARGE_INTEGER at;
  at.QuadPart = 2;
  // DO_NOT_UPDATE_BYTE_OFFSET: reading at 2 leaves the position alone.
  ASSERT_EQ(
      FltReadFile(NULL, object, &at, 3, buffer,
                  FLTFL_IO_OPERATION_DO_NOT_UPDATE_BYTE_OFFSET, &n, NULL, NULL),
      STATUS_SUCCESS);
  EXPECT_EQ(std::string(buffer, n), "cde");
  // The position is at the end (7): a NULL-offset read finds the end.
  n = 0xdeadbeef;
  EXPECT_EQ(FltReadFile(NULL, object, NULL, sizeof(buffer), buffer, 0, &n, NULL,
                        NULL),
            STATUS_END_OF_FILE);
  EXPECT_EQ(n, 0u);
  // A zero-length read at offset 0 succeeds with nothing.
  LARGE_INTEGER zero = {};
  n = 0xdeadbeef;
  EXPECT_EQ(FltReadFile(NULL, object, &zero, 0, buffer, 0, &n, NULL, NULL),
            STATUS_SUCCESS);
  EXPECT_EQ(n, 0u);
  // A NULL buffer with a length is invalid.
  EXPECT_EQ(FltReadFile(NULL, object, &zero, 4, NULL, 0, &n, NULL, NULL),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltWriteFile(NULL, object, &zero, 4, NULL, 0, &n, NULL, NULL),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ObDereferenceObject(object);
  EXPECT_EQ(ReadAll(L"\\??\\C:\\pos.txt"), "abcdef!");
}

// A directory has no data: reads and writes are invalid device requests
// (ReadFile's ERROR_INVALID_FUNCTION).
TEST_F(CreateTest, DataIoOnADirectoryIsAnInvalidDeviceRequest) {
  HANDLE h = NULL;
  PFILE_OBJECT object = NULL;
  ASSERT_EQ(Open(L"\\??\\C:\\dir", GENERIC_READ | GENERIC_WRITE, 0, FILE_CREATE,
                 FILE_DIRECTORY_FILE, &h, &object),
            STATUS_SUCCESS);
  char buffer[4] = {};
  ULONG n = 0xdeadbeef;
  LARGE_INTEGER zero = {};
  EXPECT_EQ(FltReadFile(NULL, object, &zero, sizeof(buffer), buffer, 0, &n,
                        NULL, NULL),
            STATUS_INVALID_DEVICE_REQUEST);
  EXPECT_EQ(n, 0u);
  n = 0xdeadbeef;
  EXPECT_EQ(FltWriteFile(NULL, object, &zero, sizeof(buffer), buffer, 0, &n,
                         NULL, NULL),
            STATUS_INVALID_DEVICE_REQUEST);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ObDereferenceObject(object);
}

TEST_F(CreateTest, WriteWithoutWriteAccessIsDenied) {
  MakeFile(L"\\??\\C:\\ro.txt", "ro");
  HANDLE h = NULL;
  PFILE_OBJECT object = NULL;
  ASSERT_EQ(
      Open(L"\\??\\C:\\ro.txt", GENERIC_READ, 0, FILE_OPEN, 0, &h, &object),
      STATUS_SUCCESS);
  ULONG n = 0xdeadbeef;
  LARGE_INTEGER zero = {};
  EXPECT_EQ(
      FltWriteFile(NULL, object, &zero, 1, (PVOID) "x", 0, &n, NULL, NULL),
      STATUS_ACCESS_DENIED);
  EXPECT_EQ(n, 0u);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ObDereferenceObject(object);
  EXPECT_EQ(ReadAll(L"\\??\\C:\\ro.txt"), "ro");
}

}  // namespace
