// Copyright winemu authors.
//
// rpcdce.h: the RPC definitions that Windows client APIs expose: RPC_STATUS,
// UUID, the authentication service and level constants, and the explicit
// credentials structure SEC_WINNT_AUTH_IDENTITY.
//
//   SEC_WINNT_AUTH_IDENTITY_W identity = {};
//   identity.Flags = SEC_WINNT_AUTH_IDENTITY_UNICODE;
//   FwpmEngineOpen0(NULL, RPC_C_AUTHN_WINNT, &identity, NULL, &engine);
//
// The _W structure holds its strings as `unsigned short *` (UTF-16 code
// units), exactly as Windows declares them; lengths count characters without
// the terminating NUL.
#ifndef WINEMU_API_INCLUDE_RPCDCE_H_
#define WINEMU_API_INCLUDE_RPCDCE_H_

#include <guiddef.h>
#include <minwindef.h>
#include <winerror.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RPC_ENTRY
#define RPCRTAPI DECLSPEC_IMPORT

typedef LONG RPC_STATUS;

#ifndef UUID_DEFINED
#define UUID_DEFINED
typedef GUID UUID;
#endif

// Authentication services.
#define RPC_C_AUTHN_NONE 0
#define RPC_C_AUTHN_DCE_PRIVATE 1
#define RPC_C_AUTHN_DCE_PUBLIC 2
#define RPC_C_AUTHN_DEC_PUBLIC 4
#define RPC_C_AUTHN_GSS_NEGOTIATE 9
#define RPC_C_AUTHN_WINNT 10
#define RPC_C_AUTHN_GSS_SCHANNEL 14
#define RPC_C_AUTHN_GSS_KERBEROS 16
#define RPC_C_AUTHN_DPA 17
#define RPC_C_AUTHN_MSN 18
#define RPC_C_AUTHN_DIGEST 21
#define RPC_C_AUTHN_MQ 100
#define RPC_C_AUTHN_DEFAULT 0xFFFFFFFFL

// Authentication levels.
#define RPC_C_AUTHN_LEVEL_DEFAULT 0
#define RPC_C_AUTHN_LEVEL_NONE 1
#define RPC_C_AUTHN_LEVEL_CONNECT 2
#define RPC_C_AUTHN_LEVEL_CALL 3
#define RPC_C_AUTHN_LEVEL_PKT 4
#define RPC_C_AUTHN_LEVEL_PKT_INTEGRITY 5
#define RPC_C_AUTHN_LEVEL_PKT_PRIVACY 6

// Authorization services.
#define RPC_C_AUTHZ_NONE 0
#define RPC_C_AUTHZ_NAME 1
#define RPC_C_AUTHZ_DCE 2
#define RPC_C_AUTHZ_DEFAULT 0xffffffff

// Impersonation levels.
#define RPC_C_IMP_LEVEL_DEFAULT 0
#define RPC_C_IMP_LEVEL_ANONYMOUS 1
#define RPC_C_IMP_LEVEL_IDENTIFY 2
#define RPC_C_IMP_LEVEL_IMPERSONATE 3
#define RPC_C_IMP_LEVEL_DELEGATE 4

// SEC_WINNT_AUTH_IDENTITY.Flags: the character set of the strings.
#define SEC_WINNT_AUTH_IDENTITY_ANSI 0x1
#define SEC_WINNT_AUTH_IDENTITY_UNICODE 0x2

#ifndef SEC_WINNT_AUTH_IDENTITY_DEFINED
#define SEC_WINNT_AUTH_IDENTITY_DEFINED

typedef struct _SEC_WINNT_AUTH_IDENTITY_W {
  unsigned short *User;
  ULONG UserLength;
  unsigned short *Domain;
  ULONG DomainLength;
  unsigned short *Password;
  ULONG PasswordLength;
  ULONG Flags;
} SEC_WINNT_AUTH_IDENTITY_W, *PSEC_WINNT_AUTH_IDENTITY_W;

typedef struct _SEC_WINNT_AUTH_IDENTITY_A {
  unsigned char *User;
  ULONG UserLength;
  unsigned char *Domain;
  ULONG DomainLength;
  unsigned char *Password;
  ULONG PasswordLength;
  ULONG Flags;
} SEC_WINNT_AUTH_IDENTITY_A, *PSEC_WINNT_AUTH_IDENTITY_A;

// Windows picks the unversioned name by UNICODE. winemu always picks the _W
// form: the Windows projects this code comes from define UNICODE by default,
// and the APIs that take the structure (FwpmEngineOpen0) take the _W form.
#define SEC_WINNT_AUTH_IDENTITY SEC_WINNT_AUTH_IDENTITY_W
#define PSEC_WINNT_AUTH_IDENTITY PSEC_WINNT_AUTH_IDENTITY_W
#define _SEC_WINNT_AUTH_IDENTITY _SEC_WINNT_AUTH_IDENTITY_W

#endif  // SEC_WINNT_AUTH_IDENTITY_DEFINED

#ifdef __cplusplus
}  // extern "C"
#endif

#endif  // WINEMU_API_INCLUDE_RPCDCE_H_
