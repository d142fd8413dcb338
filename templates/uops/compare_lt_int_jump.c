/* _COMPARE_LT_INT_JUMP: pop two small ints (guarded) and jump to the jump
 * target when the first is not less than the second (a loop's exit test). */
#include "../jit.h"

UOP
{
    int64_t a = tessera_small_int(sp[-2]);
    int64_t b = tessera_small_int(sp[-1]);
    sp -= 2;
    if (!(a < b)) {
        JUMP_TO_JUMP_TARGET();
    }
    CONTINUE();
}
