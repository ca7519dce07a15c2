// Copyright winemu authors.
//
// security.h: the security descriptor FltBuildDefaultSecurityDescriptor
// returns: a SECURITY_DESCRIPTOR header (DACL present) followed by what
// winemu needs to evaluate it: it admits System and Administrators
// (elevated simulated processes) [DOC].
#ifndef WINEMU_API_FLTMGR_SECURITY_H_
#define WINEMU_API_FLTMGR_SECURITY_H_

#include <fltKernel.h>

#include <cstdint>

#include "emu/core/allocations.h"

namespace winemu::fltmgr_api {

struct DefaultSecurityDescriptor {
  static constexpr uint32_t kMagic = 0x44534D46;  // "FMSD"
  SECURITY_DESCRIPTOR header = {};
  uint32_t magic = kMagic;
  ACCESS_MASK access = 0;
};

extern const AllocationKind kSecurityDescriptorKind;

// True for a live descriptor from FltBuildDefaultSecurityDescriptor.
bool IsDefaultSecurityDescriptor(const void* sd);

}  // namespace winemu::fltmgr_api

#endif  // WINEMU_API_FLTMGR_SECURITY_H_
