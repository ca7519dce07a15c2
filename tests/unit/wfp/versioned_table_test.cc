// Copyright winemu authors.
//
// Unit tests of VersionedTable: visibility by version, undo, collection.
#include "emu/wfp/versioned_table.h"

#include <vector>

#include "gtest/gtest.h"

namespace winemu::wfp {
namespace {

std::shared_ptr<const Provider> Make(uint32_t n) {
  auto p = std::make_shared<Provider>();
  p->key.data1 = n;
  return p;
}

std::vector<uint32_t> Visible(const VersionedTable<Provider>& t, uint64_t v) {
  std::vector<uint32_t> out;
  t.Scan(v, 0, [&](uint64_t, const std::shared_ptr<const Provider>& p) {
    out.push_back(p->key.data1);
    return true;
  });
  return out;
}

TEST(VersionedTableTest, EntriesAreVisibleBetweenCreationAndDeletion) {
  VersionedTable<Provider> t;
  t.Insert(t.NextOrdinal(), Make(1), 2);
  t.Insert(t.NextOrdinal(), Make(2), 3);
  Guid k1;
  k1.data1 = 1;
  ASSERT_TRUE(t.Erase(k1, 4));
  EXPECT_EQ(Visible(t, 1), std::vector<uint32_t>{});
  EXPECT_EQ(Visible(t, 2), std::vector<uint32_t>{1});
  EXPECT_EQ(Visible(t, 3), (std::vector<uint32_t>{1, 2}));
  EXPECT_EQ(Visible(t, 4), std::vector<uint32_t>{2});
  EXPECT_EQ(t.FindLive(k1), nullptr);
  EXPECT_FALSE(t.Erase(k1, 5));
}

TEST(VersionedTableTest, UndoRestoresTheLiveSet) {
  VersionedTable<Provider> t;
  t.Insert(t.NextOrdinal(), Make(1), 1);
  Guid k1, k2;
  k1.data1 = 1;
  k2.data1 = 2;
  ASSERT_TRUE(t.Erase(k1, 2));
  t.Insert(t.NextOrdinal(), Make(2), 2);
  t.UndoInsert(k2);
  t.UndoErase();
  EXPECT_NE(t.FindLive(k1), nullptr);
  EXPECT_EQ(t.FindLive(k2), nullptr);
  EXPECT_EQ(t.stored_size(), 1u);
}

TEST(VersionedTableTest, CollectDropsWhatNoSnapshotCanSee) {
  VersionedTable<Provider> t;
  t.Insert(t.NextOrdinal(), Make(1), 1);
  Guid k1;
  k1.data1 = 1;
  ASSERT_TRUE(t.Erase(k1, 3));
  t.Collect(2);  // a snapshot at version 2 still sees it
  EXPECT_EQ(t.stored_size(), 1u);
  t.Collect(3);
  EXPECT_EQ(t.stored_size(), 0u);
}

TEST(VersionedTableTest, ScanResumesAfterTheCursor) {
  VersionedTable<Provider> t;
  for (uint32_t i = 1; i <= 5; ++i) t.Insert(t.NextOrdinal(), Make(i), 1);
  std::vector<uint32_t> seen;
  t.Scan(1, 3, [&](uint64_t, const std::shared_ptr<const Provider>& p) {
    seen.push_back(p->key.data1);
    return true;
  });
  EXPECT_EQ(seen, (std::vector<uint32_t>{4, 5}));
}

}  // namespace
}  // namespace winemu::wfp
