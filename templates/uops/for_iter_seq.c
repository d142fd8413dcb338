/* _FOR_ITER_SEQ: push the next item of the list or tuple iterator on top of
 * the stack (a new reference). An exhausted iterator is popped and the
 * trace leaves at the loop's end; one of another kind leaves at the
 * instruction, where the interpreter takes the general path. */
#include "../jit.h"

UOP
{
    TesseraValue next;
    int r = tessera_jit_for_iter_seq(sp[-1], &next);
    FOR_ITER_END_OR_EXIT(r);
    *sp++ = next;
    CONTINUE();
}
