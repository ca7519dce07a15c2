// Copyright winemu authors.
//
// Providers, sublayers, filters and callouts: add, delete, get, enumerate.
#include <fwpmu.h>
#include <string.h>
#include <windows.h>

#include "gtest/gtest.h"
#include "tests/conformance/wfp/wfp_test_util.h"

namespace {

using wfp_test::MakeGuid;
using wfp_test::PoisonHandle;
using wfp_test::PoisonPtr;
using wfp_test::SameGuid;

class ObjectsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    engine_ = wfp_test::Open();
    ASSERT_NE(engine_, nullptr);
  }
  void TearDown() override { FwpmEngineClose0(engine_); }
  HANDLE engine_ = nullptr;
};

// --- providers ---------------------------------------------------------------

TEST_F(ObjectsTest, ProviderRoundTrip) {
  const GUID key = MakeGuid(1);
  UINT8 data[3] = {1, 2, 3};
  FWPM_PROVIDER0 p = wfp_test::Provider(key, L"provider");
  p.displayData.description = const_cast<wchar_t*>(L"desc");
  p.providerData.size = 3;
  p.providerData.data = data;
  p.serviceName = const_cast<wchar_t*>(L"svc");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &p, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderAdd0(engine_, &p, nullptr),
            (DWORD)FWP_E_ALREADY_EXISTS);
  FWPM_PROVIDER0* got = PoisonPtr<FWPM_PROVIDER0>();
  ASSERT_EQ(FwpmProviderGetByKey0(engine_, &key, &got), (DWORD)ERROR_SUCCESS);
  EXPECT_TRUE(SameGuid(got->providerKey, key));
  EXPECT_STREQ(got->displayData.name, L"provider");
  EXPECT_STREQ(got->displayData.description, L"desc");
  EXPECT_STREQ(got->serviceName, L"svc");
  ASSERT_EQ(got->providerData.size, 3u);
  EXPECT_EQ(memcmp(got->providerData.data, data, 3), 0);
  EXPECT_NE(got->displayData.name, p.displayData.name);  // a copy
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &key), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &key),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  got = PoisonPtr<FWPM_PROVIDER0>();
  EXPECT_EQ(FwpmProviderGetByKey0(engine_, &key, &got),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  EXPECT_EQ(got, nullptr);
}

TEST_F(ObjectsTest, ProviderValidation) {
  FWPM_PROVIDER0 p = wfp_test::Provider(MakeGuid(2), nullptr);
  EXPECT_EQ(FwpmProviderAdd0(engine_, &p, nullptr),
            (DWORD)FWP_E_NULL_DISPLAY_NAME);
  p.displayData.name = const_cast<wchar_t*>(L"p");
  p.flags = 0x4;
  EXPECT_EQ(FwpmProviderAdd0(engine_, &p, nullptr), (DWORD)FWP_E_INVALID_FLAGS);
  p.flags = 0;
  p.providerData.size = 4;  // with NULL data
  EXPECT_EQ(FwpmProviderAdd0(engine_, &p, nullptr), (DWORD)FWP_E_NULL_POINTER);
  EXPECT_EQ(FwpmProviderAdd0(engine_, nullptr, nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(FwpmProviderAdd0(nullptr, &p, nullptr),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
  EXPECT_EQ(FwpmProviderGetByKey0(engine_, nullptr, nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
}

TEST_F(ObjectsTest, ZeroProviderKeyIsGenerated) {
  FWPM_PROVIDER0 p = wfp_test::Provider(GUID{}, L"anon");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &p, nullptr), (DWORD)ERROR_SUCCESS);
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmProviderCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_PROVIDER0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmProviderEnum0(engine_, e, 1000, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  GUID generated = {};
  bool found = false;
  for (UINT32 i = 0; i < n; ++i) {
    if (entries[i]->displayData.name != nullptr &&
        wcscmp(entries[i]->displayData.name, L"anon") == 0) {
      generated = entries[i]->providerKey;
      found = true;
    }
  }
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmProviderDestroyEnumHandle0(engine_, e);
  ASSERT_TRUE(found);
  EXPECT_FALSE(wfp_test::IsZeroGuid(generated));
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &generated),
            (DWORD)ERROR_SUCCESS);
}

TEST_F(ObjectsTest, BuiltinProvidersExistAndCannotBeDeleted) {
  FWPM_PROVIDER0* got = nullptr;
  ASSERT_EQ(FwpmProviderGetByKey0(engine_, &FWPM_PROVIDER_IKEEXT, &got),
            (DWORD)ERROR_SUCCESS);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &FWPM_PROVIDER_IKEEXT),
            (DWORD)FWP_E_BUILTIN_OBJECT);
  EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine_, &FWPM_SUBLAYER_UNIVERSAL),
            (DWORD)FWP_E_BUILTIN_OBJECT);
}

TEST_F(ObjectsTest, ProviderEnumTemplateReservedMustBeZero) {
  FWPM_PROVIDER_ENUM_TEMPLATE0 t = {};
  t.reserved = 5;
  HANDLE e = PoisonHandle();
  EXPECT_EQ(FwpmProviderCreateEnumHandle0(engine_, &t, &e),
            (DWORD)FWP_E_RESERVED);
  EXPECT_EQ(e, PoisonHandle());
}

// --- sublayers ---------------------------------------------------------------

TEST_F(ObjectsTest, SublayerReferencesAndInUse) {
  GUID provider_key = MakeGuid(3);
  const GUID sub = MakeGuid(4);
  FWPM_SUBLAYER0 s = wfp_test::Sublayer(sub, L"s", &provider_key);
  EXPECT_EQ(FwpmSubLayerAdd0(engine_, &s, nullptr),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  FWPM_PROVIDER0 p = wfp_test::Provider(provider_key, L"p");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &p, nullptr), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmSubLayerAdd0(engine_, &s, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &provider_key),
            (DWORD)FWP_E_IN_USE);
  FWPM_SUBLAYER0* got = nullptr;
  ASSERT_EQ(FwpmSubLayerGetByKey0(engine_, &sub, &got), (DWORD)ERROR_SUCCESS);
  ASSERT_NE(got->providerKey, nullptr);
  EXPECT_TRUE(SameGuid(*got->providerKey, provider_key));
  EXPECT_EQ(got->weight, 0x100);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));

  // Enumerate with a provider template: just ours.
  FWPM_SUBLAYER_ENUM_TEMPLATE0 t = {&provider_key};
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSubLayerCreateEnumHandle0(engine_, &t, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SUBLAYER0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSubLayerEnum0(engine_, e, 10, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(n, 1u);
  EXPECT_TRUE(SameGuid(entries[0]->subLayerKey, sub));
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  EXPECT_EQ(FwpmSubLayerDestroyEnumHandle0(engine_, e), (DWORD)ERROR_SUCCESS);

  EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine_, &sub), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine_, &sub),
            (DWORD)FWP_E_SUBLAYER_NOT_FOUND);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &provider_key),
            (DWORD)ERROR_SUCCESS);
}

TEST_F(ObjectsTest, AllSublayersIncludeTheBuiltinOnes) {
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmSubLayerCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_SUBLAYER0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmSubLayerEnum0(engine_, e, 1000, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 18u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmSubLayerDestroyEnumHandle0(engine_, e);
}

// --- filters -----------------------------------------------------------------

class FilterTest : public ObjectsTest {
 protected:
  void SetUp() override {
    ObjectsTest::SetUp();
    FWPM_SUBLAYER0 s = wfp_test::Sublayer(sublayer_, L"s");
    ASSERT_EQ(FwpmSubLayerAdd0(engine_, &s, nullptr), (DWORD)ERROR_SUCCESS);
  }
  void TearDown() override {
    FwpmSubLayerDeleteByKey0(engine_, &sublayer_);
    ObjectsTest::TearDown();
  }
  FWPM_FILTER0 Filter(unsigned int n) {
    return wfp_test::BlockFilter(
        MakeGuid(100 + n), FWPM_LAYER_ALE_AUTH_CONNECT_V4, sublayer_, L"block");
  }
  const GUID sublayer_ = MakeGuid(50);
};

TEST_F(FilterTest, AddGetDeleteWithConditions) {
  FWPM_FILTER0 f = Filter(1);
  FWPM_FILTER_CONDITION0 conds[2] = {};
  conds[0].fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  conds[0].matchType = FWP_MATCH_EQUAL;
  conds[0].conditionValue.type = FWP_UINT16;
  conds[0].conditionValue.uint16 = 443;
  FWP_V4_ADDR_AND_MASK mask = {0x0A000000, 0xFF000000};
  conds[1].fieldKey = FWPM_CONDITION_IP_REMOTE_ADDRESS;
  conds[1].matchType = FWP_MATCH_EQUAL;
  conds[1].conditionValue.type = FWP_V4_ADDR_MASK;
  conds[1].conditionValue.v4AddrMask = &mask;
  f.numFilterConditions = 2;
  f.filterCondition = conds;
  f.weight.type = FWP_UINT8;
  f.weight.uint8 = 3;
  UINT64 id = 0;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
  EXPECT_NE(id, 0u);
  FWPM_FILTER0* got = nullptr;
  ASSERT_EQ(FwpmFilterGetById0(engine_, id, &got), (DWORD)ERROR_SUCCESS);
  EXPECT_TRUE(SameGuid(got->filterKey, f.filterKey));
  EXPECT_EQ(got->filterId, id);
  EXPECT_EQ(got->action.type, (FWP_ACTION_TYPE)FWP_ACTION_BLOCK);
  ASSERT_EQ(got->numFilterConditions, 2u);
  EXPECT_EQ(got->filterCondition[0].conditionValue.uint16, 443);
  ASSERT_EQ(got->filterCondition[1].conditionValue.type, FWP_V4_ADDR_MASK);
  EXPECT_EQ(got->filterCondition[1].conditionValue.v4AddrMask->mask,
            0xFF000000u);
  EXPECT_EQ(got->weight.type, FWP_UINT8);
  EXPECT_EQ(got->effectiveWeight.type, FWP_UINT64);
  ASSERT_NE(got->effectiveWeight.uint64, nullptr);
  EXPECT_EQ(*got->effectiveWeight.uint64 >> 60, 3u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  // The sublayer is in use while the filter exists.
  EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine_, &sublayer_), (DWORD)FWP_E_IN_USE);
  EXPECT_EQ(FwpmFilterDeleteById0(engine_, id), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmFilterDeleteById0(engine_, id), (DWORD)FWP_E_FILTER_NOT_FOUND);
  EXPECT_EQ(FwpmFilterDeleteByKey0(engine_, &f.filterKey),
            (DWORD)FWP_E_FILTER_NOT_FOUND);
}

TEST_F(FilterTest, ZeroSublayerMeansTheDefaultSublayer) {
  FWPM_FILTER0 f = Filter(2);
  f.subLayerKey = GUID{};
  UINT64 id = 0;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0* got = nullptr;
  ASSERT_EQ(FwpmFilterGetByKey0(engine_, &f.filterKey, &got),
            (DWORD)ERROR_SUCCESS);
  EXPECT_TRUE(SameGuid(got->subLayerKey, FWPM_SUBLAYER_UNIVERSAL));
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmFilterDeleteByKey0(engine_, &f.filterKey),
            (DWORD)ERROR_SUCCESS);
}

TEST_F(FilterTest, Validation) {
  UINT64 id = 0xdeadbeef;
  FWPM_FILTER0 f = Filter(3);
  f.displayData.name = nullptr;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_NULL_DISPLAY_NAME);
  f = Filter(3);
  f.flags = FWPM_FILTER_FLAG_PERSISTENT | FWPM_FILTER_FLAG_BOOTTIME;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_FLAGS);
  f.flags = FWPM_FILTER_FLAG_DISABLED;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_FLAGS);
  f.flags = FWPM_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED;  // with BLOCK
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_FLAGS);
  f = Filter(3);
  f.action.type = 0x1234;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_ACTION_TYPE);
  f = Filter(3);
  f.weight.type = FWP_UINT8;
  f.weight.uint8 = 16;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_WEIGHT);
  f.weight.type = FWP_UINT32;
  f.weight.uint32 = 1;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_WEIGHT);
  f = Filter(3);
  f.layerKey = MakeGuid(999);
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_LAYER_NOT_FOUND);
  f = Filter(3);
  f.subLayerKey = MakeGuid(998);
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_SUBLAYER_NOT_FOUND);
  f = Filter(3);
  GUID missing_provider = MakeGuid(997);
  f.providerKey = &missing_provider;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_PROVIDER_NOT_FOUND);
  f = Filter(3);
  f.action.type = FWP_ACTION_CALLOUT_TERMINATING;
  f.action.calloutKey = MakeGuid(996);
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_CALLOUT_NOT_FOUND);
  f = Filter(3);
  f.flags = FWPM_FILTER_FLAG_HAS_PROVIDER_CONTEXT;
  f.providerContextKey = MakeGuid(994);
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_PROVIDER_CONTEXT_NOT_FOUND);
  f = Filter(3);
  f.numFilterConditions = 1;
  f.filterCondition = nullptr;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_NULL_POINTER);
  EXPECT_EQ(id, 0xdeadbeefu);
  EXPECT_EQ(wfp_test::CountFilters(engine_), 0u);
}

TEST_F(FilterTest, ConditionValidation) {
  UINT64 id = 0;
  FWPM_FILTER0 f = Filter(4);
  FWPM_FILTER_CONDITION0 c = {};
  f.numFilterConditions = 1;
  f.filterCondition = &c;
  // A real condition that the ALE connect layer does not offer.
  c.fieldKey = FWPM_CONDITION_IP_LOCAL_ADDRESS_V4;
  c.conditionValue.type = FWP_UINT32;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_CONDITION_NOT_FOUND);
  // No condition at all.
  c.fieldKey = MakeGuid(995);
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_CONDITION_NOT_FOUND);
  // Wrong value type: a port as a UINT32.
  c.fieldKey = FWPM_CONDITION_IP_REMOTE_PORT;
  c.conditionValue.type = FWP_UINT32;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_TYPE_MISMATCH);
  // A range with the range match type is fine; with EQUAL it is not.
  FWP_RANGE0 range = {};
  range.valueLow.type = FWP_UINT16;
  range.valueLow.uint16 = 1000;
  range.valueHigh.type = FWP_UINT16;
  range.valueHigh.uint16 = 2000;
  c.conditionValue.type = FWP_RANGE_TYPE;
  c.conditionValue.rangeValue = &range;
  c.matchType = FWP_MATCH_EQUAL;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_MATCH_TYPE_MISMATCH);
  c.matchType = (FWP_MATCH_TYPE)77;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_INVALID_ENUMERATOR);
  c.matchType = FWP_MATCH_RANGE;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0* got = nullptr;
  ASSERT_EQ(FwpmFilterGetById0(engine_, id, &got), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(got->filterCondition[0].conditionValue.type, FWP_RANGE_TYPE);
  EXPECT_EQ(got->filterCondition[0].conditionValue.rangeValue->valueHigh.uint16,
            2000);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  // A NULL pointer inside a value.
  c.conditionValue.rangeValue = nullptr;
  f.filterKey = MakeGuid(120);
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id),
            (DWORD)FWP_E_NULL_POINTER);
  EXPECT_EQ(FwpmFilterDeleteById0(engine_, id + 0), (DWORD)ERROR_SUCCESS);
}

TEST_F(FilterTest, AppIdConditionTakesABlob) {
  FWPM_FILTER0 f = Filter(5);
  UINT8 bytes[4] = {'a', 0, 0, 0};
  FWP_BYTE_BLOB blob = {4, bytes};
  FWPM_FILTER_CONDITION0 c = {};
  c.fieldKey = FWPM_CONDITION_ALE_APP_ID;
  c.matchType = FWP_MATCH_EQUAL;
  c.conditionValue.type = FWP_BYTE_BLOB_TYPE;
  c.conditionValue.byteBlob = &blob;
  f.numFilterConditions = 1;
  f.filterCondition = &c;
  UINT64 id = 0;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmFilterDeleteById0(engine_, id), (DWORD)ERROR_SUCCESS);
}

TEST_F(FilterTest, EnumerationTemplateAndPaging) {
  UINT64 ids[5];
  for (unsigned int i = 0; i < 5; ++i) {
    FWPM_FILTER0 f = Filter(10 + i);
    if (i == 4) {
      f.layerKey = FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4;
      f.action.type = FWP_ACTION_PERMIT;
    }
    ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &ids[i]),
              (DWORD)ERROR_SUCCESS);
  }
  FWPM_FILTER_ENUM_TEMPLATE0 t = {};
  t.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  t.enumType = FWP_FILTER_ENUM_OVERLAPPING;
  t.actionMask = 0xFFFFFFFF;
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmFilterCreateEnumHandle0(engine_, &t, &e), (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmFilterEnum0(engine_, e, 3, &entries, &n), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 3u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  ASSERT_EQ(FwpmFilterEnum0(engine_, e, 3, &entries, &n), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 1u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  EXPECT_EQ(FwpmFilterDestroyEnumHandle0(engine_, e), (DWORD)ERROR_SUCCESS);

  t.enumType = (FWP_FILTER_ENUM_TYPE)2;
  e = PoisonHandle();
  EXPECT_EQ(FwpmFilterCreateEnumHandle0(engine_, &t, &e),
            (DWORD)FWP_E_INVALID_ENUMERATOR);
  EXPECT_EQ(e, PoisonHandle());
  for (UINT64 id : ids) FwpmFilterDeleteById0(engine_, id);
}

TEST_F(FilterTest, SnapshotIgnoresLaterAddsAndDeletes) {
  UINT64 id = 0;
  FWPM_FILTER0 f = Filter(20);
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &id), (DWORD)ERROR_SUCCESS);
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmFilterCreateEnumHandle0(engine_, nullptr, &e),
            (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmFilterDeleteById0(engine_, id), (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0 g = Filter(21);
  UINT64 id2 = 0;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &g, nullptr, &id2), (DWORD)ERROR_SUCCESS);
  FWPM_FILTER0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmFilterEnum0(engine_, e, 10, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(n, 1u);
  EXPECT_EQ(entries[0]->filterId, id);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  FwpmFilterDestroyEnumHandle0(engine_, e);
  EXPECT_EQ(FwpmFilterDeleteById0(engine_, id2), (DWORD)ERROR_SUCCESS);
}

TEST_F(FilterTest, UnmodelledTemplateConditionsFailLoudly) {
  FWPM_FILTER_CONDITION0 c = {};
  FWPM_FILTER_ENUM_TEMPLATE0 t = {};
  t.numFilterConditions = 1;
  t.filterCondition = &c;
  t.actionMask = 0xFFFFFFFF;
  HANDLE e = PoisonHandle();
  EXPECT_EQ(FwpmFilterCreateEnumHandle0(engine_, &t, &e),
            (DWORD)RPC_S_CANNOT_SUPPORT);
  EXPECT_EQ(e, PoisonHandle());
}

// --- dynamic sessions and lifetimes ------------------------------------------

TEST(DynamicSessions, DeleteRules) {
  HANDLE dyn1 = wfp_test::Open(FWPM_SESSION_FLAG_DYNAMIC);
  HANDLE dyn2 = wfp_test::Open(FWPM_SESSION_FLAG_DYNAMIC);
  HANDLE stat = wfp_test::Open();
  const GUID k1 = MakeGuid(200), k2 = MakeGuid(201);
  FWPM_PROVIDER0 p1 = wfp_test::Provider(k1, L"dynamic");
  FWPM_PROVIDER0 p2 = wfp_test::Provider(k2, L"static");
  ASSERT_EQ(FwpmProviderAdd0(dyn1, &p1, nullptr), (DWORD)ERROR_SUCCESS);
  ASSERT_EQ(FwpmProviderAdd0(stat, &p2, nullptr), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(dyn2, &k1), (DWORD)FWP_E_WRONG_SESSION);
  EXPECT_EQ(FwpmProviderDeleteByKey0(dyn2, &k2),
            (DWORD)FWP_E_DYNAMIC_SESSION_IN_PROGRESS);
  // A static object may not reference a dynamic one.
  GUID k1_copy = k1;
  FWPM_SUBLAYER0 s = wfp_test::Sublayer(MakeGuid(202), L"s", &k1_copy);
  EXPECT_EQ(FwpmSubLayerAdd0(stat, &s, nullptr),
            (DWORD)FWP_E_LIFETIME_MISMATCH);
  EXPECT_EQ(FwpmSubLayerAdd0(dyn2, &s, nullptr),
            (DWORD)FWP_E_LIFETIME_MISMATCH);
  EXPECT_EQ(FwpmSubLayerAdd0(dyn1, &s, nullptr), (DWORD)ERROR_SUCCESS);
  // The dynamic session's teardown deletes the sublayer before the provider.
  EXPECT_EQ(FwpmEngineClose0(dyn1), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(stat, &k2), (DWORD)ERROR_SUCCESS);
  FwpmEngineClose0(dyn2);
  FwpmEngineClose0(stat);
}

TEST_F(ObjectsTest, PersistentObjectsMayOnlyReferencePersistentOnes) {
  GUID static_provider = MakeGuid(210);
  FWPM_PROVIDER0 p = wfp_test::Provider(static_provider, L"static");
  ASSERT_EQ(FwpmProviderAdd0(engine_, &p, nullptr), (DWORD)ERROR_SUCCESS);
  FWPM_SUBLAYER0 s =
      wfp_test::Sublayer(MakeGuid(211), L"persistent", &static_provider);
  s.flags = FWPM_SUBLAYER_FLAG_PERSISTENT;
  EXPECT_EQ(FwpmSubLayerAdd0(engine_, &s, nullptr),
            (DWORD)FWP_E_LIFETIME_MISMATCH);
  GUID persistent_provider = MakeGuid(212);
  FWPM_PROVIDER0 pp = wfp_test::Provider(persistent_provider, L"persistent");
  pp.flags = FWPM_PROVIDER_FLAG_PERSISTENT;
  ASSERT_EQ(FwpmProviderAdd0(engine_, &pp, nullptr), (DWORD)ERROR_SUCCESS);
  s.providerKey = &persistent_provider;
  ASSERT_EQ(FwpmSubLayerAdd0(engine_, &s, nullptr), (DWORD)ERROR_SUCCESS);
  FWPM_SUBLAYER0* got = nullptr;
  ASSERT_EQ(FwpmSubLayerGetByKey0(engine_, &s.subLayerKey, &got),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(got->flags, (UINT32)FWPM_SUBLAYER_FLAG_PERSISTENT);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));
  EXPECT_EQ(FwpmSubLayerDeleteByKey0(engine_, &s.subLayerKey),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &persistent_provider),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmProviderDeleteByKey0(engine_, &static_provider),
            (DWORD)ERROR_SUCCESS);
}

TEST_F(ObjectsTest, HandleIsCheckedBeforeNullArguments) {
  EXPECT_EQ(FwpmProviderAdd0(nullptr, nullptr, nullptr),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmFilterAdd0(PoisonHandle(), nullptr, nullptr, nullptr),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmFilterDeleteByKey0(nullptr, nullptr),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmSubLayerCreateEnumHandle0(nullptr, nullptr, nullptr),
            (DWORD)ERROR_INVALID_HANDLE);
  EXPECT_EQ(FwpmCalloutCreateEnumHandle0(engine_, nullptr, nullptr),
            (DWORD)ERROR_INVALID_PARAMETER);
}

// --- callouts ---------------------------------------------------------------

TEST_F(ObjectsTest, CalloutsAndFiltersThatUseThem) {
  FWPM_CALLOUT0 c = {};
  c.calloutKey = MakeGuid(300);
  c.displayData.name = const_cast<wchar_t*>(L"callout");
  c.applicableLayer = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  UINT32 cid = 0;
  ASSERT_EQ(FwpmCalloutAdd0(engine_, &c, nullptr, &cid), (DWORD)ERROR_SUCCESS);
  EXPECT_NE(cid, 0u);
  EXPECT_EQ(FwpmCalloutAdd0(engine_, &c, nullptr, &cid),
            (DWORD)FWP_E_ALREADY_EXISTS);
  FWPM_CALLOUT0 bad = c;
  bad.calloutKey = MakeGuid(301);
  bad.flags = FWPM_CALLOUT_FLAG_REGISTERED;
  EXPECT_EQ(FwpmCalloutAdd0(engine_, &bad, nullptr, nullptr),
            (DWORD)FWP_E_INVALID_FLAGS);
  bad.flags = 0;
  bad.applicableLayer = MakeGuid(302);
  EXPECT_EQ(FwpmCalloutAdd0(engine_, &bad, nullptr, nullptr),
            (DWORD)FWP_E_LAYER_NOT_FOUND);

  FWPM_CALLOUT0* got = nullptr;
  ASSERT_EQ(FwpmCalloutGetById0(engine_, cid, &got), (DWORD)ERROR_SUCCESS);
  EXPECT_TRUE(SameGuid(got->calloutKey, c.calloutKey));
  EXPECT_EQ(got->calloutId, cid);
  FwpmFreeMemory0(reinterpret_cast<void**>(&got));

  FWPM_FILTER0 f =
      wfp_test::BlockFilter(MakeGuid(303), FWPM_LAYER_ALE_AUTH_RECV_ACCEPT_V4,
                            GUID{}, L"uses callout");
  f.action.type = FWP_ACTION_CALLOUT_TERMINATING;
  f.action.calloutKey = c.calloutKey;
  UINT64 fid = 0;
  EXPECT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &fid),
            (DWORD)FWP_E_INCOMPATIBLE_LAYER);
  f.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  ASSERT_EQ(FwpmFilterAdd0(engine_, &f, nullptr, &fid), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmCalloutDeleteById0(engine_, cid), (DWORD)FWP_E_IN_USE);

  FWPM_CALLOUT_ENUM_TEMPLATE0 t = {};
  t.layerKey = FWPM_LAYER_ALE_AUTH_CONNECT_V4;
  HANDLE e = nullptr;
  ASSERT_EQ(FwpmCalloutCreateEnumHandle0(engine_, &t, &e),
            (DWORD)ERROR_SUCCESS);
  FWPM_CALLOUT0** entries = nullptr;
  UINT32 n = 0;
  ASSERT_EQ(FwpmCalloutEnum0(engine_, e, 10, &entries, &n),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(n, 1u);
  FwpmFreeMemory0(reinterpret_cast<void**>(&entries));
  EXPECT_EQ(FwpmCalloutDestroyEnumHandle0(engine_, e), (DWORD)ERROR_SUCCESS);

  EXPECT_EQ(FwpmFilterDeleteById0(engine_, fid), (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmCalloutDeleteByKey0(engine_, &c.calloutKey),
            (DWORD)ERROR_SUCCESS);
  EXPECT_EQ(FwpmCalloutDeleteById0(engine_, cid),
            (DWORD)FWP_E_CALLOUT_NOT_FOUND);
  got = PoisonPtr<FWPM_CALLOUT0>();
  EXPECT_EQ(FwpmCalloutGetByKey0(engine_, &c.calloutKey, &got),
            (DWORD)FWP_E_CALLOUT_NOT_FOUND);
  EXPECT_EQ(got, nullptr);
}

}  // namespace
