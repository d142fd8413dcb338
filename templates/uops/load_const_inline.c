/* _LOAD_CONST_INLINE: push the constant OPERAND (a value word owned by the
 * code object, so the trace takes its own reference). */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue v = OPERAND;
    tessera_incref(v);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
