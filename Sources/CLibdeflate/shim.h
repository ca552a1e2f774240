#ifndef PUBLISH_CLIBDEFLATE_SHIM_H
#define PUBLISH_CLIBDEFLATE_SHIM_H

#include <libdeflate.h>

#endif
