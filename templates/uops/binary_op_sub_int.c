/* _BINARY_OP_SUB_INT: small int - small int (guarded by _GUARD_BOTH_INT); leaves the
 * trace when the result does not fit a small int. */
#include "../jit.h"

UOP
{
    int64_t r = tessera_small_int(sp[-2]) - tessera_small_int(sp[-1]);
    EXIT_IF(r < TESSERA_SMALL_INT_MIN || r > TESSERA_SMALL_INT_MAX);
    sp[-2] = tessera_from_small_int(r);
    sp--;
    CONTINUE();
}
