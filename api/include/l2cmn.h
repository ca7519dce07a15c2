// Copyright winemu authors.
//
// l2cmn.h: definitions shared by the layer-2 network APIs (WLAN, wired
// 802.1X): the reason-code ranges.
//
// A reason code says why a layer-2 operation failed; each component owns a
// range starting at its *_BASE. WLAN_REASON_CODE_* (wlanapi.h) are aliases.
//
//   if (dwReasonCode == L2_REASON_CODE_UNKNOWN) ...
#ifndef WINEMU_API_INCLUDE_L2CMN_H_
#define WINEMU_API_INCLUDE_L2CMN_H_

#define L2_REASON_CODE_SUCCESS 0
#define L2_REASON_CODE_GROUP_SIZE 0x10000
#define L2_REASON_CODE_GEN_BASE 0x10000
#define L2_REASON_CODE_DOT11_AC_BASE (L2_REASON_CODE_GEN_BASE + 0x10000)
#define L2_REASON_CODE_DOT11_MSM_BASE (L2_REASON_CODE_DOT11_AC_BASE + 0x10000)
#define L2_REASON_CODE_DOT11_SECURITY_BASE \
  (L2_REASON_CODE_DOT11_MSM_BASE + 0x10000)
#define L2_REASON_CODE_PROFILE_BASE 0x80000

#define L2_REASON_CODE_UNKNOWN (L2_REASON_CODE_GEN_BASE + 1)

#endif  // WINEMU_API_INCLUDE_L2CMN_H_
