/* _UNARY_NOT: `not x`. A bool, None or a small int (none of them owns a
 * reference) is answered inline; anything else is the instruction's
 * general case, by a runtime helper (tessera_jit_unary_not) that does what
 * the interpreter does (`__bool__`, `__len__`). */
#include "../jit.h"

extern TesseraHelper tessera_jit_unary_not;

UOP
{
    TesseraValue v = sp[-1];
    if (v == TESSERA_TRUE || v == TESSERA_FALSE || v == TESSERA_NONE) {
        sp[-1] = v == TESSERA_TRUE ? TESSERA_FALSE : TESSERA_TRUE;
        CONTINUE();
    }
    if (tessera_is_small_int(v)) {
        sp[-1] = tessera_small_int(v) == 0 ? TESSERA_TRUE : TESSERA_FALSE;
        CONTINUE();
    }
    GENERAL_CASE(tessera_jit_unary_not);
}
