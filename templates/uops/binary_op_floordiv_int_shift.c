/* _BINARY_OP_FLOORDIV_INT_SHIFT: small int // 2**OPARG, the divisor a
 * constant the optimizer took off the stack. Floor division by a power of
 * two is the arithmetic shift right, for negative ints too, and the result
 * is smaller than the dividend, so it cannot fail: no division, no exit. */
#include "../jit.h"

UOP
{
    sp[-1] = tessera_from_small_int(tessera_small_int(sp[-1]) >> OPARG);
    CONTINUE();
}
