/* _FOR_ITER_SEQ: push the next item of the list or tuple iterator on top of
 * the stack (a new reference). An exhausted iterator is popped and the
 * trace leaves at the loop's end; one of another kind leaves at the
 * instruction, where the interpreter takes the general path. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#define CACHED_BRANCH
#include "../jit.h"

UOP
{
    TesseraValue next;
    int r = tessera_jit_for_iter_seq(sp[-1], &next);
    /* Pops nothing: only declares the count FOR_ITER_END_OR_EXIT's DECREF
     * reads (this micro-op starts with nothing cached: it may jump). */
    POP_INPUTS();
    FOR_ITER_END_OR_EXIT(r);
    PUSH(next);
    CONTINUE();
}
