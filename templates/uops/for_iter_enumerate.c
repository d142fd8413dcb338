/* _FOR_ITER_ENUMERATE: `for i, x in enumerate(seq)`, the FOR_ITER and the
 * UNPACK_SEQUENCE 2 after it: push the next item of the enumerate (over a
 * list, tuple or range) on top of the stack, then its count, with no tuple
 * built in between. An exhausted iterator is popped and the trace leaves
 * at the loop's end; one of another kind, or a count beyond small ints,
 * leaves at the FOR_ITER, where the interpreter takes the general path. */
#include "../jit.h"

UOP
{
    int r = tessera_jit_for_iter_enumerate(sp[-1], sp);
    FOR_ITER_END_OR_EXIT(r);
    sp += 2;
    CONTINUE();
}
