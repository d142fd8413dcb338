/* _LOAD_CONST_INLINE: push the constant OPERAND (a value word owned by the
 * code object, so the trace takes its own reference). */
#include "../jit.h"

UOP
{
    TesseraValue v = OPERAND;
    tessera_incref(v);
    *sp++ = v;
    CONTINUE();
}
