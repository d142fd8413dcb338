/* _STORE_SLICE_FROM_SLICE: the STORE_SLICE of a _BINARY_SLICE_DEFERRED's
 * result. The helper (tessera_jit_store_slice_from_slice) copies the items
 * from one list to the other in place, or reverses a run onto itself, and
 * builds the slice only for the cases the general path must handle. */
#define HELPER tessera_jit_store_slice_from_slice
#include "../helper.h"
