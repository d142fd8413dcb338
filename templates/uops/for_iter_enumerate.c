/* _FOR_ITER_ENUMERATE: `for i, x in enumerate(seq)`, the FOR_ITER and the
 * UNPACK_SEQUENCE 2 after it: push the next item of the enumerate (over a
 * list, tuple or range) on top of the stack, then its count, with no tuple
 * built in between. An exhausted iterator, one of another kind, or a count
 * beyond small ints leaves the trace at the FOR_ITER, where the interpreter
 * ends the loop or takes the general path. */
#include "../jit.h"

UOP
{
    EXIT_IF(!tessera_jit_for_iter_enumerate(sp[-1], sp));
    sp += 2;
    CONTINUE();
}
