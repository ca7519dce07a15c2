// Copyright winemu authors.
//
// fltuser.h: the lower-case spelling some services include.
#include <fltUser.h>
