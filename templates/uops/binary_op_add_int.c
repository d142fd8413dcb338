/* _BINARY_OP_ADD_INT: small int + small int (guarded by _GUARD_BOTH_INT); leaves the
 * trace when the result does not fit a small int. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    int64_t r;
    EXIT_IF(__builtin_add_overflow(tessera_small_int_hi(IN(0)), tessera_small_int_hi(IN(1)), &r));
    POP_INPUTS();
    PUSH(tessera_from_small_int_hi(r));
    CONTINUE();
}
