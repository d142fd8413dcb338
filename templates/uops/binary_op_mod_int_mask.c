/* _BINARY_OP_MOD_INT_MASK: small int % 2**OPARG, the divisor a constant the
 * optimizer took off the stack. Python's modulo by a positive divisor lies
 * in [0, divisor), which for a power of two is the low OPARG bits of the
 * two's complement, negative ints included: no division, no exit. */
#include "../jit.h"

UOP
{
    int64_t mask = ((int64_t)1 << OPARG) - 1;
    sp[-1] = tessera_from_small_int(tessera_small_int(sp[-1]) & mask);
    CONTINUE();
}
