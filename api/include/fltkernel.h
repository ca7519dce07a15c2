// Copyright winemu authors.
//
// fltkernel.h: the lower-case spelling some minifilters include.
#include <fltKernel.h>
