// Copyright winemu authors.
//
// FwpmEngineOpen0 / FwpmEngineClose0 / FwpmFreeMemory0.
#include <fwpmu.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfp/wfp_test_util.h"

namespace {

using wfp_test::MakeGuid;
using wfp_test::PoisonHandle;

TEST(FwpmEngineOpen0, OpensAndClosesADefaultSession) {
  HANDLE engine = PoisonHandle();
  ASSERT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine),
      (DWORD)ERROR_SUCCESS);
  EXPECT_NE(engine, nullptr);
  EXPECT_NE(engine, PoisonHandle());
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
}

TEST(FwpmEngineOpen0, AcceptsRpcCAuthnDefault) {
  HANDLE engine = nullptr;
  ASSERT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_DEFAULT, nullptr, nullptr, &engine),
      (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
}

TEST(FwpmEngineOpen0, NullEngineHandleIsInvalidParameter) {
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, nullptr, nullptr),
      (DWORD)ERROR_INVALID_PARAMETER);
}

TEST(FwpmEngineOpen0, ServerNameMustBeNullAndHandleIsNulledOnFailure) {
  HANDLE engine = PoisonHandle();
  EXPECT_EQ(
      FwpmEngineOpen0(L"server", RPC_C_AUTHN_WINNT, nullptr, nullptr, &engine),
      (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(engine, nullptr);
}

TEST(FwpmEngineOpen0, UnknownAuthnServiceIsRefused) {
  HANDLE engine = PoisonHandle();
  EXPECT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_GSS_KERBEROS, nullptr, nullptr,
                            &engine),
            (DWORD)RPC_S_UNKNOWN_AUTHN_SERVICE);
  EXPECT_EQ(engine, nullptr);
  // serverName is checked before authnService.
  EXPECT_EQ(FwpmEngineOpen0(L"x", 12345, nullptr, nullptr, &engine),
            (DWORD)ERROR_INVALID_PARAMETER);
}

TEST(FwpmEngineOpen0, MalformedAuthIdentityIsInvalidParameter) {
  SEC_WINNT_AUTH_IDENTITY_W id = {};
  id.Flags = 0x4;  // neither ANSI nor UNICODE
  HANDLE engine = PoisonHandle();
  EXPECT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, &id, nullptr, &engine),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(engine, nullptr);
  id.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
  id.UserLength = 4;  // with a NULL User
  EXPECT_EQ(FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, &id, nullptr, &engine),
            (DWORD)ERROR_INVALID_PARAMETER);
}

TEST(FwpmEngineOpen0, UnknownSessionFlagsAreInvalidFlags) {
  FWPM_SESSION0 session = {};
  session.flags = 0x2;
  HANDLE engine = PoisonHandle();
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
      (DWORD)FWP_E_INVALID_FLAGS);
  EXPECT_EQ(engine, nullptr);
  session.flags = FWPM_SESSION_FLAG_RESERVED;
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
      (DWORD)FWP_E_INVALID_FLAGS);
}

TEST(FwpmEngineOpen0, DuplicateSessionKeyIsAlreadyExists) {
  const GUID key = MakeGuid(1);
  HANDLE first = wfp_test::Open(0, &key);
  ASSERT_NE(first, nullptr);
  FWPM_SESSION0 session = {};
  session.sessionKey = key;
  HANDLE second = PoisonHandle();
  EXPECT_EQ(
      FwpmEngineOpen0(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &second),
      (DWORD)FWP_E_ALREADY_EXISTS);
  EXPECT_EQ(second, nullptr);
  EXPECT_EQ(FwpmEngineClose0(first), (DWORD)ERROR_SUCCESS);
  // Once closed, the key may be used again.
  HANDLE third = wfp_test::Open(0, &key);
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(FwpmEngineClose0(third), (DWORD)ERROR_SUCCESS);
}

TEST(FwpmEngineOpen0, HandlesAreDistinct) {
  HANDLE a = wfp_test::Open();
  HANDLE b = wfp_test::Open();
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_NE(a, b);
  FwpmEngineClose0(a);
  FwpmEngineClose0(b);
}

TEST(FwpmEngineClose0, BadHandlesAreInvalidHandle) {
  EXPECT_EQ(FwpmEngineClose0(nullptr), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmEngineClose0(PoisonHandle()), (DWORD)ERROR_INVALID_HANDLE);
  HANDLE engine = wfp_test::Open();
  ASSERT_NE(engine, nullptr);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_INVALID_HANDLE);
}

TEST(FwpmEngineClose0, EnumerationHandleIsTheWrongType) {
  HANDLE engine = wfp_test::Open();
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmFilterCreateEnumHandle0(engine, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(e), (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmFilterDestroyEnumHandle0(engine, e), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
}

TEST(FwpmEngineClose0, InvalidatesTheSessionsEnumerationHandles) {
  HANDLE engine = wfp_test::Open();
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSessionCreateEnumHandle0(engine, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
  HANDLE other = wfp_test::Open();
  EXPECT_EQ(FwpmSessionDestroyEnumHandle0(other, e),
            (DWORD)ERROR_INVALID_HANDLE);
  FwpmEngineClose0(other);
}

TEST(FwpmEngineClose0, DeletesADynamicSessionsObjects) {
  HANDLE engine = wfp_test::Open(FWPM_SESSION_FLAG_DYNAMIC);
  ASSERT_NE(engine, nullptr);
  const GUID provider_key = MakeGuid(10);
  FWPM_PROVIDER0 provider = wfp_test::Provider(provider_key, L"p");
  ASSERT_EQ(FwpmProviderAdd0(engine, &provider, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
  HANDLE other = wfp_test::Open();
  FWPM_PROVIDER0* got = wfp_test::PoisonPtr<FWPM_PROVIDER0>();
  EXPECT_EQ(FwpmProviderGetByKey0(other, &provider_key, &got),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  EXPECT_EQ(got, nullptr);
  FwpmEngineClose0(other);
}

TEST(FwpmEngineClose0, KeepsAStaticSessionsObjects) {
  HANDLE engine = wfp_test::Open();
  const GUID provider_key = MakeGuid(11);
  FWPM_PROVIDER0 provider = wfp_test::Provider(provider_key, L"p");
  ASSERT_EQ(FwpmProviderAdd0(engine, &provider, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
  HANDLE other = wfp_test::Open();
  FWPM_PROVIDER0* got = nullptr;
  EXPECT_EQ(FwpmProviderGetByKey0(other, &provider_key, &got),
            (DWORD)ERROR_SUCCESS);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmProviderDeleteByKey0(other, &provider_key),
            (DWORD)ERROR_SUCCESS);
  FwpmEngineClose0(other);
}

TEST(FwpmEngineClose0, AbortsTheOpenTransaction) {
  HANDLE engine = wfp_test::Open();
  ASSERT_EQ(FwpmTransactionBegin0(engine, 0), (DWORD)ERROR_SUCCESS);
  const GUID provider_key = MakeGuid(12);
  FWPM_PROVIDER0 provider = wfp_test::Provider(provider_key, L"p");
  ASSERT_EQ(FwpmProviderAdd0(engine, &provider, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose0(engine), (DWORD)ERROR_SUCCESS);
  HANDLE other = wfp_test::Open();
  FWPM_PROVIDER0* got = nullptr;
  EXPECT_EQ(FwpmProviderGetByKey0(other, &provider_key, &got),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  // The lock was released: a write transaction starts at once.
  EXPECT_EQ(FwpmTransactionBegin0(other, 0), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmTransactionAbort0(other), (DWORD)ERROR_SUCCESS);
  FwpmEngineClose0(other);
}

TEST(FwpmFreeMemory0, NullPointersAreNoOps) {
  void* p = nullptr;
  FwpmFreeMemory0(&p);
  EXPECT_EQ(p, nullptr);
}

TEST(FwpmFreeMemory0, FreesAndNullsTheReturnedPointer) {
  HANDLE engine = wfp_test::Open();
  FWPM_SUBLAYER0* sublayer = nullptr;
  ASSERT_EQ(FwpmSubLayerGetByKey0(engine, &FWPM_SUBLAYER_UNIVERSAL, &sublayer),
            (DWORD)ERROR_SUCCESS);
  ASSERT_NE(sublayer, nullptr);
  FwpmFreeMemory0(reinterpret_cast<void**>(&sublayer));
  EXPECT_EQ(sublayer, nullptr);
  FwpmEngineClose0(engine);
}

TEST(FwpmFreeMemory0, UnknownPointerIsLeftAlone) {
  int local = 0;
  void* p = &local;
  FwpmFreeMemory0(&p);  // a verifier report, not a crash
  EXPECT_EQ(p, &local);
}

TEST(UnversionedNames, MapToVersionZero) {
  HANDLE engine = nullptr;
  FWPM_SESSION session = {};
  ASSERT_EQ(
      FwpmEngineOpen(nullptr, RPC_C_AUTHN_WINNT, nullptr, &session, &engine),
      (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmEngineClose(engine), (DWORD)ERROR_SUCCESS);
}

TEST(BuiltinGuids, HaveTheSdkValues) {
  const GUID ale_connect_v4 = {
      0xc38d57d1,
      0x05a7,
      0x4c33,
      {0x90, 0x4f, 0x7f, 0xbc, 0xee, 0xe6, 0x0e, 0x82}};
  EXPECT_TRUE(
      wfp_test::SameGuid(FWPM_LAYER_ALE_AUTH_CONNECT_V4, ale_connect_v4));
  const GUID app_id = {0xd78e1e87,
                       0x8644,
                       0x4ea5,
                       {0x94, 0x37, 0xd8, 0x09, 0xec, 0xef, 0xc9, 0x71}};
  EXPECT_TRUE(wfp_test::SameGuid(FWPM_CONDITION_ALE_APP_ID, app_id));
  EXPECT_TRUE(
      wfp_test::SameGuid(FWPM_SUBLAYER_EDGE_TRAVERSAL, FWPM_SUBLAYER_TEREDO));
  EXPECT_TRUE(wfp_test::SameGuid(FWPM_CONDITION_ICMP_TYPE,
                                 FWPM_CONDITION_IP_LOCAL_PORT));
}

}  // namespace
