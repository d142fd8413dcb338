/* _BINARY_OP_MUL_INT: small int * small int (guarded by _GUARD_BOTH_INT);
 * leaves the trace on overflow of the small-int range. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    int64_t r;
    EXIT_IF(__builtin_mul_overflow(tessera_small_int_hi(IN(0)), tessera_small_int(IN(1)), &r));
    POP_INPUTS();
    PUSH(tessera_from_small_int_hi(r));
    CONTINUE();
}
