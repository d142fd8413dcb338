/* _STORE_SLICE: the STORE_SLICE instruction, by a runtime helper (tessera_jit_store_slice)
 * shared with the interpreter, which slices lists without a slice object. */
#define HELPER tessera_jit_store_slice
#include "../helper.h"
