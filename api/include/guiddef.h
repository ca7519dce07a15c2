// Copyright winemu authors.
//
// guiddef.h: GUID, its aliases (IID, CLSID, FMTID), comparisons and
// DEFINE_GUID.
//
// DEFINE_GUID declares a GUID constant, or defines it when INITGUID was
// defined before this file (or initguid.h) was included:
//
//   #include <initguid.h>   // in exactly the units that own the storage
//   DEFINE_GUID(MY_PROVIDER_KEY, 0x12345678, 0x1234, 0x1234, 0x12, 0x34,
//               0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0);
//
// A definition is a weak symbol, so, as with Windows' selectany, several
// translation units may define the same GUID and the linker keeps one.
// In C++ REFGUID is `const GUID &` and GUIDs compare with == and !=.
#ifndef WINEMU_API_INCLUDE_GUIDDEF_H_
#define WINEMU_API_INCLUDE_GUIDDEF_H_

#include <stdint.h>
#include <string.h>

#ifndef EXTERN_C
#ifdef __cplusplus
#define EXTERN_C extern "C"
#else
#define EXTERN_C extern
#endif
#endif

#ifdef __cplusplus
extern "C" {
#endif

#ifndef GUID_DEFINED
#define GUID_DEFINED
// Data1 is 32 bits wide, as on Windows; sizeof(GUID) == 16.
typedef struct _GUID {
  uint32_t Data1;
  unsigned short Data2;
  unsigned short Data3;
  unsigned char Data4[8];
} GUID;
#endif

typedef GUID *LPGUID;
typedef const GUID *LPCGUID;
typedef GUID IID;
typedef IID *LPIID;
typedef GUID CLSID;
typedef CLSID *LPCLSID;
typedef GUID FMTID;
typedef FMTID *LPFMTID;

#ifdef __cplusplus
}  // extern "C"
#endif

#ifdef __cplusplus
#define REFGUID const GUID &
#define REFIID const IID &
#define REFCLSID const IID &
#define REFFMTID const IID &
#else
#define REFGUID const GUID *
#define REFIID const IID *
#define REFCLSID const IID *
#define REFFMTID const IID *
#endif

#ifdef __cplusplus
extern "C++" {

// Both compare all 16 bytes.
constexpr inline int InlineIsEqualGUID(REFGUID rguid1, REFGUID rguid2) {
  if (rguid1.Data1 != rguid2.Data1 || rguid1.Data2 != rguid2.Data2 ||
      rguid1.Data3 != rguid2.Data3) {
    return 0;
  }
  for (int i = 0; i < 8; ++i) {
    if (rguid1.Data4[i] != rguid2.Data4[i]) return 0;
  }
  return 1;
}

constexpr inline int IsEqualGUID(REFGUID rguid1, REFGUID rguid2) {
  return InlineIsEqualGUID(rguid1, rguid2);
}

constexpr inline bool operator==(REFGUID guidOne, REFGUID guidOther) {
  return IsEqualGUID(guidOne, guidOther) != 0;
}

constexpr inline bool operator!=(REFGUID guidOne, REFGUID guidOther) {
  return !(guidOne == guidOther);
}

}  // extern "C++"
#else
#define InlineIsEqualGUID(rguid1, rguid2) \
  (!memcmp((rguid1), (rguid2), sizeof(GUID)))
#define IsEqualGUID(rguid1, rguid2) (!memcmp((rguid1), (rguid2), sizeof(GUID)))
#endif

#define IsEqualIID(riid1, riid2) IsEqualGUID(riid1, riid2)
#define IsEqualCLSID(rclsid1, rclsid2) IsEqualGUID(rclsid1, rclsid2)
#define IsEqualFMTID(rfmtid1, rfmtid2) IsEqualGUID(rfmtid1, rfmtid2)

#endif  // WINEMU_API_INCLUDE_GUIDDEF_H_

// DEFINE_GUID follows INITGUID each time this file is included, so that
// including initguid.h after guiddef.h switches it to definitions.
#ifdef DEFINE_GUID
#undef DEFINE_GUID
#endif
#ifdef INITGUID
#ifdef __cplusplus
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
  extern "C" const GUID name                                         \
      __attribute__((weak)) = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
  const GUID name                                                    \
      __attribute__((weak)) = {l, w1, w2, {b1, b2, b3, b4, b5, b6, b7, b8}}
#endif
#else
#define DEFINE_GUID(name, l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
  EXTERN_C const GUID name
#endif
