/* _BINARY_SLICE_DEFERRED: a BINARY_SLICE whose result only the
 * _STORE_SLICE_FROM_SLICE after it reads (`a[i:j] = b[k:l:m]`). The helper
 * (tessera_jit_binary_slice_deferred) leaves a list where the result goes and
 * keeps the bounds aside, so no temporary list is built; other objects are
 * sliced at once. */
#define HELPER tessera_jit_binary_slice_deferred
#include "../helper.h"
