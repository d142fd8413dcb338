/* _BINARY_SLICE: the BINARY_SLICE instruction, by a runtime helper (tessera_jit_binary_slice)
 * shared with the interpreter, which slices lists without a slice object. */
#define HELPER tessera_jit_binary_slice
#include "../helper.h"
