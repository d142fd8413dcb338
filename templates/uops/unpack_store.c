/* _UNPACK_STORE: `a, b, ... = x` whole, as one micro-op: the LOAD_FAST of
 * local OPARG >> 16, the UNPACK_SEQUENCE of OPERAND values and the
 * STORE_FASTs into the OPERAND consecutive locals from OPARG & 0xffff (the
 * first item into the first). All of it is one call of a helper
 * (tessera_jit_unpack_store), with a fast path for a tuple or list of the
 * right length: the point is a small stencil, since a loop body can hold
 * hundreds of these statements and its code must stay in the instruction
 * cache. */
#define HELPER tessera_jit_unpack_store
#include "../helper.h"
