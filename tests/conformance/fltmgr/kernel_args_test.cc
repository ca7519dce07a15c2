// Copyright winemu authors.
//
// Conformance, argument checking of the kernel-side registration and port
// calls: which argument is checked first, and out-parameters that stay
// untouched on failure.
#include <fltKernel.h>

#include <cstddef>

#include "gtest/gtest.h"

namespace {

PFLT_FILTER const kPoisonFilter = reinterpret_cast<PFLT_FILTER>(0xdeadbeef);
PFLT_PORT const kPoisonPort = reinterpret_cast<PFLT_PORT>(0xdeadbeef);

FLT_REGISTRATION Registration() {
  FLT_REGISTRATION r = {};
  r.Size = sizeof(FLT_REGISTRATION);
  r.Version = FLT_REGISTRATION_VERSION;
  return r;
}

NTSTATUS FLTAPI Connect(PFLT_PORT, PVOID, PVOID, ULONG, PVOID*) {
  return STATUS_SUCCESS;
}
VOID FLTAPI Disconnect(PVOID) {}

TEST(FltRegisterFilter, NullArgumentsAreInvalidParameter) {
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER filter = kPoisonFilter;
  EXPECT_EQ(FltRegisterFilter(NULL, &r, &filter), STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltRegisterFilter(&driver, NULL, &filter),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(filter, kPoisonFilter);
  EXPECT_EQ(FltRegisterFilter(&driver, &r, NULL), STATUS_INVALID_PARAMETER);
  // None of them registered the driver.
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS);
  FltUnregisterFilter(filter);
}

TEST(FltRegisterFilter, TheRegistrationIsCheckedBeforeTheDriver) {
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER first = NULL;
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &first), STATUS_SUCCESS);
  // Already registered, but the bad structure is what is reported.
  FLT_REGISTRATION bad = Registration();
  bad.Version = 0x0204;
  PFLT_FILTER second = kPoisonFilter;
  EXPECT_EQ(FltRegisterFilter(&driver, &bad, &second),
            STATUS_INVALID_PARAMETER);
  bad = Registration();
  bad.Size = 0;
  EXPECT_EQ(FltRegisterFilter(&driver, &bad, &second),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(second, kPoisonFilter);
  FltUnregisterFilter(first);
}

TEST(FltRegisterFilter, SizeRulesPerVersion) {
  const struct {
    USHORT version;
    size_t size;
  } kCases[] = {
      {FLT_REGISTRATION_VERSION_0200,
       offsetof(FLT_REGISTRATION, TransactionNotificationCallback)},
      {FLT_REGISTRATION_VERSION_0201,
       offsetof(FLT_REGISTRATION, NormalizeNameComponentExCallback)},
      {FLT_REGISTRATION_VERSION_0202,
       offsetof(FLT_REGISTRATION, SectionNotificationCallback)},
      {FLT_REGISTRATION_VERSION_0203, sizeof(FLT_REGISTRATION)},
  };
  for (const auto& c : kCases) {
    DRIVER_OBJECT driver = {};
    FLT_REGISTRATION r = Registration();
    r.Version = c.version;
    PFLT_FILTER filter = kPoisonFilter;
    // One byte short of the version's structure.
    r.Size = static_cast<USHORT>(c.size - 1);
    EXPECT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_INVALID_PARAMETER)
        << std::hex << c.version;
    EXPECT_EQ(filter, kPoisonFilter);
    // Larger than needed is fine (a newer structure, older version).
    r.Size = sizeof(FLT_REGISTRATION) + 16;
    ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS)
        << std::hex << c.version;
    EXPECT_NE(filter, kPoisonFilter);
    FltUnregisterFilter(filter);
  }
}

TEST(FltRegisterFilter, EachDriverGetsItsOwnFilter) {
  DRIVER_OBJECT a = {}, b = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER fa = NULL, fb = NULL;
  ASSERT_EQ(FltRegisterFilter(&a, &r, &fa), STATUS_SUCCESS);
  ASSERT_EQ(FltRegisterFilter(&b, &r, &fb), STATUS_SUCCESS);
  EXPECT_NE(fa, fb);
  // Starting one does not start the other.
  EXPECT_EQ(FltStartFiltering(fa), STATUS_SUCCESS);
  EXPECT_EQ(FltStartFiltering(fb), STATUS_SUCCESS);
  EXPECT_EQ(FltStartFiltering(fa), STATUS_INVALID_PARAMETER);
  FltUnregisterFilter(fb);
  FltUnregisterFilter(fa);
}

TEST(FltStartFiltering, WhatIsNotAFilterIsInvalidParameter) {
  EXPECT_EQ(FltStartFiltering(NULL), STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltStartFiltering(kPoisonFilter), STATUS_INVALID_PARAMETER);
  // A server port is not a filter.
  DRIVER_OBJECT driver = {};
  FLT_REGISTRATION r = Registration();
  PFLT_FILTER filter = NULL;
  ASSERT_EQ(FltRegisterFilter(&driver, &r, &filter), STATUS_SUCCESS);
  UNICODE_STRING name;
  RtlInitUnicodeString(&name, L"\\NotAFilter");
  OBJECT_ATTRIBUTES oa;
  InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE, NULL, NULL);
  PFLT_PORT port = NULL;
  ASSERT_EQ(FltCreateCommunicationPort(filter, &port, &oa, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_SUCCESS);
  EXPECT_EQ(FltStartFiltering(reinterpret_cast<PFLT_FILTER>(port)),
            STATUS_INVALID_PARAMETER);
  FltCloseCommunicationPort(port);
  // The real filter still starts once.
  EXPECT_EQ(FltStartFiltering(filter), STATUS_SUCCESS);
  FltUnregisterFilter(filter);
}

TEST(FltBuildDefaultSecurityDescriptor, NullOutParameterAndConnectAccess) {
  EXPECT_EQ(FltBuildDefaultSecurityDescriptor(NULL, FLT_PORT_ALL_ACCESS),
            STATUS_INVALID_PARAMETER);
  PSECURITY_DESCRIPTOR sd = reinterpret_cast<PSECURITY_DESCRIPTOR>(0xdeadbeef);
  ASSERT_EQ(FltBuildDefaultSecurityDescriptor(&sd, FLT_PORT_CONNECT),
            STATUS_SUCCESS);
  EXPECT_NE(sd, reinterpret_cast<PSECURITY_DESCRIPTOR>(0xdeadbeef));
  EXPECT_NE(sd, nullptr);
  FltFreeSecurityDescriptor(sd);
  EXPECT_EQ(FLT_PORT_CONNECT, 0x0001);
}

class CreatePortTest : public ::testing::Test {
 protected:
  void SetUp() override {
    FLT_REGISTRATION r = Registration();
    ASSERT_EQ(FltRegisterFilter(&driver_, &r, &filter_), STATUS_SUCCESS);
    RtlInitUnicodeString(&name_, L"\\ArgsPort");
    InitializeObjectAttributes(&oa_, &name_, OBJ_KERNEL_HANDLE, NULL, NULL);
  }
  void TearDown() override { FltUnregisterFilter(filter_); }

  DRIVER_OBJECT driver_ = {};
  PFLT_FILTER filter_ = NULL;
  UNICODE_STRING name_;
  OBJECT_ATTRIBUTES oa_;
};

TEST_F(CreatePortTest, RequiredPointersAndFilter) {
  PFLT_PORT port = kPoisonPort;
  EXPECT_EQ(FltCreateCommunicationPort(filter_, NULL, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateCommunicationPort(filter_, &port, NULL, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateCommunicationPort(NULL, &port, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(FltCreateCommunicationPort(kPoisonFilter, &port, &oa_, NULL,
                                       Connect, Disconnect, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(port, kPoisonPort);
  // None of them created the port: the name is free.
  ASSERT_EQ(FltCreateCommunicationPort(filter_, &port, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_SUCCESS);
  EXPECT_NE(port, kPoisonPort);
  FltCloseCommunicationPort(port);
}

TEST_F(CreatePortTest, MaxConnectionsIsSigned) {
  PFLT_PORT port = kPoisonPort;
  const LONG kBad[] = {(LONG)0x80000000, -1, 0};
  for (LONG max : kBad) {
    EXPECT_EQ(FltCreateCommunicationPort(filter_, &port, &oa_, NULL, Connect,
                                         Disconnect, NULL, max),
              STATUS_INVALID_PARAMETER)
        << max;
    EXPECT_EQ(port, kPoisonPort);
  }
  ASSERT_EQ(FltCreateCommunicationPort(filter_, &port, &oa_, NULL, Connect,
                                       Disconnect, NULL, 0x7fffffff),
            STATUS_SUCCESS);
  FltCloseCommunicationPort(port);
}

TEST_F(CreatePortTest, TheFilterIsCheckedBeforeTheName) {
  PFLT_PORT port = NULL;
  ASSERT_EQ(FltCreateCommunicationPort(filter_, &port, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_SUCCESS);
  PFLT_PORT second = kPoisonPort;
  // A bogus filter and a used name: the filter is what is reported.
  EXPECT_EQ(FltCreateCommunicationPort(kPoisonFilter, &second, &oa_, NULL,
                                       Connect, Disconnect, NULL, 1),
            STATUS_INVALID_PARAMETER);
  // Missing OBJ_KERNEL_HANDLE and a used name: the attributes.
  OBJECT_ATTRIBUTES user;
  InitializeObjectAttributes(&user, &name_, 0, NULL, NULL);
  EXPECT_EQ(FltCreateCommunicationPort(filter_, &second, &user, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_INVALID_PARAMETER);
  EXPECT_EQ(second, kPoisonPort);
  EXPECT_EQ(FltCreateCommunicationPort(filter_, &second, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_OBJECT_NAME_COLLISION);
  EXPECT_EQ(second, kPoisonPort);
  FltCloseCommunicationPort(port);
}

TEST_F(CreatePortTest, ClosingTwiceOrNullIsIgnored) {
  PFLT_PORT port = NULL;
  ASSERT_EQ(FltCreateCommunicationPort(filter_, &port, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_SUCCESS);
  FltCloseCommunicationPort(port);
  // Undefined on Windows; the emulator reports and ignores them [INF].
  FltCloseCommunicationPort(port);
  FltCloseCommunicationPort(NULL);
  // The name is free again.
  ASSERT_EQ(FltCreateCommunicationPort(filter_, &port, &oa_, NULL, Connect,
                                       Disconnect, NULL, 1),
            STATUS_SUCCESS);
  FltCloseCommunicationPort(port);
}

}  // namespace
