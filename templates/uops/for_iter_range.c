/* _FOR_ITER_RANGE: push the next int of the range iterator on top of the
 * stack. An exhausted iterator, or one that is not a range iterator any
 * more, leaves the trace at the instruction, where the interpreter ends the
 * loop or takes the general path. The iterator's state is Rust's, so a
 * helper steps it. */
#include "../jit.h"

UOP
{
    TesseraValue next;
    EXIT_IF(!tessera_jit_for_iter_range(sp[-1], &next));
    *sp++ = next;
    CONTINUE();
}
