/* _FOR_ITER_SEQ: push the next item of the list or tuple iterator on top of
 * the stack (a new reference). An exhausted iterator, or one of another
 * kind, leaves the trace at the instruction, where the interpreter ends the
 * loop or takes the general path. */
#include "../jit.h"

UOP
{
    TesseraValue next;
    EXIT_IF(!tessera_jit_for_iter_seq(sp[-1], &next));
    *sp++ = next;
    CONTINUE();
}
