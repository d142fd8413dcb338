/* _FOR_ITER_RANGE: push the next int of the range iterator on top of the
 * stack. An exhausted iterator is popped and the trace leaves at the loop's
 * end; one that is not a range iterator any more leaves at the instruction,
 * where the interpreter takes the general path. The iterator's state is
 * Rust's, so a helper steps it. */
#include "../jit.h"

UOP
{
    TesseraValue next;
    int r = tessera_jit_for_iter_range(sp[-1], &next);
    FOR_ITER_END_OR_EXIT(r);
    *sp++ = next;
    CONTINUE();
}
