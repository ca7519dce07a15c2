// Copyright winemu authors.
//
// Conformance: FltCreateFile / FltCreateFileEx / FltCreateFileEx2, FltClose,
// FltReadFile / FltWriteFile and ObDereferenceObject on the emulated volume
// C: (\Device\HarddiskVolume1), which starts empty.
#include <fltKernel.h>

#include <cstring>

#include "gtest/gtest.h"

namespace {

HANDLE const kPoisonHandle = reinterpret_cast<HANDLE>(0xdeadbeef);
PFILE_OBJECT const kPoisonObject = reinterpret_cast<PFILE_OBJECT>(0xdeadbeef);

class FileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    FLT_REGISTRATION r = {};
    r.Size = sizeof(r);
    r.Version = FLT_REGISTRATION_VERSION;
    ASSERT_EQ(FltRegisterFilter(&driver_, &r, &filter_), STATUS_SUCCESS);
  }
  void TearDown() override { FltUnregisterFilter(filter_); }

  NTSTATUS Open(const wchar_t* path, ACCESS_MASK access, ULONG share,
                ULONG disposition, ULONG options, HANDLE* handle,
                PFILE_OBJECT* object = NULL) {
    UNICODE_STRING name;
    RtlInitUnicodeString(&name, path);
    OBJECT_ATTRIBUTES oa;
    InitializeObjectAttributes(
        &oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    iosb_.Status = 0x7fffffff;
    iosb_.Information = 0xdeadbeef;
    if (object == NULL) {
      return FltCreateFile(filter_, NULL, handle, access, &oa, &iosb_, NULL,
                           FILE_ATTRIBUTE_NORMAL, share, disposition, options,
                           NULL, 0, 0);
    }
    return FltCreateFileEx(filter_, NULL, handle, object, access, &oa, &iosb_,
                           NULL, FILE_ATTRIBUTE_NORMAL, share, disposition,
                           options, NULL, 0, 0);
  }

  DRIVER_OBJECT driver_ = {};
  PFLT_FILTER filter_ = NULL;
  IO_STATUS_BLOCK iosb_;
};

TEST_F(FileTest, DispositionsAndInformation) {
  HANDLE h = kPoisonHandle;
  const wchar_t* path = L"\\??\\C:\\a.txt";
  EXPECT_EQ(Open(path, GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_OBJECT_NAME_NOT_FOUND);
  EXPECT_EQ(h, kPoisonHandle);
  EXPECT_EQ(iosb_.Status, STATUS_OBJECT_NAME_NOT_FOUND);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_DOES_NOT_EXIST);
  EXPECT_EQ(Open(path, GENERIC_READ, 0, FILE_OVERWRITE, 0, &h),
            STATUS_OBJECT_NAME_NOT_FOUND);

  ASSERT_EQ(Open(path, GENERIC_WRITE, 0, FILE_CREATE, 0, &h), STATUS_SUCCESS);
  EXPECT_NE(h, kPoisonHandle);
  EXPECT_EQ(iosb_.Status, STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_CREATED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);

  HANDLE h2 = kPoisonHandle;
  EXPECT_EQ(Open(path, GENERIC_WRITE, 0, FILE_CREATE, 0, &h2),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(h2, kPoisonHandle);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_EXISTS);

  struct {
    ULONG disposition;
    ULONG_PTR information;
  } const kExisting[] = {{FILE_OPEN, FILE_OPENED},
                         {FILE_OPEN_IF, FILE_OPENED},
                         {FILE_OVERWRITE, FILE_OVERWRITTEN},
                         {FILE_OVERWRITE_IF, FILE_OVERWRITTEN},
                         {FILE_SUPERSEDE, FILE_SUPERSEDED}};
  for (const auto& c : kExisting) {
    ASSERT_EQ(Open(path, GENERIC_WRITE, 0, c.disposition, 0, &h),
              STATUS_SUCCESS)
        << c.disposition;
    EXPECT_EQ(iosb_.Information, c.information) << c.disposition;
    EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  }
  ASSERT_EQ(Open(L"\\??\\C:\\b.txt", GENERIC_WRITE, 0, FILE_OPEN_IF, 0, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb_.Information, (ULONG_PTR)FILE_CREATED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
}

TEST_F(FileTest, FltCloseOnlyClosesFileHandlesOnce) {
  HANDLE h = NULL;
  ASSERT_EQ(Open(L"\\??\\C:\\c.txt", GENERIC_READ, 0, FILE_OPEN_IF, 0, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_INVALID_HANDLE);
  EXPECT_EQ(FltClose(NULL), STATUS_INVALID_HANDLE);
  EXPECT_EQ(FltClose(kPoisonHandle), STATUS_INVALID_HANDLE);
  // A PFLT_FILTER is not a file handle.
  EXPECT_EQ(FltClose(reinterpret_cast<HANDLE>(filter_)), STATUS_INVALID_HANDLE);
}

TEST_F(FileTest, DirectoriesAndPaths) {
  HANDLE h = NULL;
  EXPECT_EQ(Open(L"\\??\\C:\\dir\\f.txt", GENERIC_WRITE, 0, FILE_CREATE, 0, &h),
            STATUS_OBJECT_PATH_NOT_FOUND);
  ASSERT_EQ(Open(L"\\??\\C:\\dir", GENERIC_READ, 0, FILE_CREATE,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  // The same volume under its device name, another case.
  ASSERT_EQ(Open(L"\\Device\\HarddiskVolume1\\DIR\\f.txt", GENERIC_WRITE, 0,
                 FILE_CREATE, FILE_NON_DIRECTORY_FILE, &h),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  EXPECT_EQ(Open(L"\\??\\C:\\dir", GENERIC_READ, 0, FILE_OPEN,
                 FILE_NON_DIRECTORY_FILE, &h),
            STATUS_FILE_IS_A_DIRECTORY);
  EXPECT_EQ(Open(L"\\??\\C:\\dir\\f.txt", GENERIC_READ, 0, FILE_OPEN,
                 FILE_DIRECTORY_FILE, &h),
            STATUS_NOT_A_DIRECTORY);
  EXPECT_EQ(Open(L"\\??\\C:\\dir\\f.txt\\x", GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_OBJECT_PATH_NOT_FOUND);
  EXPECT_EQ(Open(L"\\??\\C:\\dir\\\\f.txt", GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_OBJECT_NAME_INVALID);
  EXPECT_EQ(Open(L"\\??\\Z:\\f.txt", GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_OBJECT_PATH_NOT_FOUND);
  EXPECT_EQ(Open(L"relative.txt", GENERIC_READ, 0, FILE_OPEN, 0, &h),
            STATUS_OBJECT_PATH_SYNTAX_BAD);
}

TEST_F(FileTest, InvalidParameters) {
  HANDLE h = kPoisonHandle;
  const wchar_t* path = L"\\??\\C:\\p.txt";
  EXPECT_EQ(Open(path, GENERIC_READ, 0, FILE_MAXIMUM_DISPOSITION + 1, 0, &h),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(Open(path, GENERIC_READ, 0, FILE_OPEN_IF,
                 FILE_DIRECTORY_FILE | FILE_NON_DIRECTORY_FILE, &h),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(
      Open(path, GENERIC_READ, 0, FILE_OVERWRITE_IF, FILE_DIRECTORY_FILE, &h),
      STATUS_INVALID_PARAMETER);
  EXPECT_EQ(Open(path, GENERIC_READ, 0x8, FILE_OPEN_IF, 0, &h),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(h, kPoisonHandle);
}

TEST_F(FileTest, ShareAccess) {
  HANDLE reader = NULL;
  HANDLE other = kPoisonHandle;
  const wchar_t* path = L"\\??\\C:\\s.txt";
  ASSERT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ, FILE_OPEN_IF, 0, &reader),
            STATUS_SUCCESS);
  EXPECT_EQ(Open(path, GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE,
                 FILE_OPEN, 0, &other),
            STATUS_SHARING_VIOLATION);
  EXPECT_EQ(other, kPoisonHandle);
  EXPECT_EQ(Open(path, GENERIC_READ, 0, FILE_OPEN, 0, &other),
            STATUS_SHARING_VIOLATION);
  ASSERT_EQ(Open(path, GENERIC_READ, FILE_SHARE_READ, FILE_OPEN, 0, &other),
            STATUS_SUCCESS);
  EXPECT_EQ(FltClose(other), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(reader), STATUS_SUCCESS);
  // Closed: the share access is released.
  ASSERT_EQ(Open(path, GENERIC_WRITE, 0, FILE_OPEN, 0, &other), STATUS_SUCCESS);
  EXPECT_EQ(FltClose(other), STATUS_SUCCESS);
}

TEST_F(FileTest, WriteAndReadThroughTheFileObject) {
  HANDLE h = NULL;
  PFILE_OBJECT object = kPoisonObject;
  ASSERT_EQ(Open(L"\\??\\C:\\data.bin", GENERIC_READ | GENERIC_WRITE, 0,
                 FILE_CREATE, FILE_SYNCHRONOUS_IO_NONALERT, &h, &object),
            STATUS_SUCCESS);
  EXPECT_NE(object, kPoisonObject);
  char text[] = "hello, volume";
  ULONG n = 0xdeadbeef;
  LARGE_INTEGER zero = {};
  ASSERT_EQ(
      FltWriteFile(NULL, object, &zero, sizeof(text), text, 0, &n, NULL, NULL),
      STATUS_SUCCESS);
  EXPECT_EQ(n, sizeof(text));
  // The file object outlives the handle until it is dereferenced.
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  char buffer[64] = {};
  ASSERT_EQ(FltReadFile(NULL, object, &zero, sizeof(buffer), buffer, 0, &n,
                        NULL, NULL),
            STATUS_SUCCESS);
  EXPECT_EQ(n, sizeof(text));
  EXPECT_STREQ(buffer, text);
  LARGE_INTEGER end;
  end.QuadPart = sizeof(text);
  EXPECT_EQ(FltReadFile(NULL, object, &end, sizeof(buffer), buffer, 0, &n, NULL,
                        NULL),
            STATUS_END_OF_FILE);
  EXPECT_EQ(n, 0u);
  ObDereferenceObject(object);
}

TEST_F(FileTest, ReadWithoutReadAccessIsDenied) {
  HANDLE h = NULL;
  PFILE_OBJECT object = NULL;
  ASSERT_EQ(
      Open(L"\\??\\C:\\w.bin", GENERIC_WRITE, 0, FILE_CREATE, 0, &h, &object),
      STATUS_SUCCESS);
  char buffer[4];
  ULONG n = 0xdeadbeef;
  LARGE_INTEGER zero = {};
  EXPECT_EQ(FltReadFile(NULL, object, &zero, sizeof(buffer), buffer, 0, &n,
                        NULL, NULL),
            STATUS_ACCESS_DENIED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
  ObDereferenceObject(object);
}

TEST_F(FileTest, CreateFileEx2WithAnEmptyDriverContext) {
  IO_DRIVER_CREATE_CONTEXT context;
  IoInitializeDriverCreateContext(&context);
  EXPECT_EQ(context.Size, (CSHORT)sizeof(IO_DRIVER_CREATE_CONTEXT));
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\??\\C:\\ex2.txt");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  HANDLE h = NULL;
  IO_STATUS_BLOCK iosb;
  ASSERT_EQ(FltCreateFileEx2(filter_, NULL, &h, NULL, GENERIC_READ, &oa, &iosb,
                             NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OPEN_IF, 0,
                             NULL, 0, 0, &context),
            STATUS_SUCCESS);
  EXPECT_EQ(iosb.Information, (ULONG_PTR)FILE_CREATED);
  EXPECT_EQ(FltClose(h), STATUS_SUCCESS);
}

}  // namespace
