/* _IS_OP: `a is b` (OPARG 0) or `a is not b` (OPARG 1): identity is the
 * value word's equality. */
#include "../jit.h"

UOP
{
    TesseraValue a = sp[-2];
    TesseraValue b = sp[-1];
    int r = (a == b) != (int)OPARG;
    sp -= 2;
    DECREF(a);
    DECREF(b);
    *sp++ = r ? TESSERA_TRUE : TESSERA_FALSE;
    CONTINUE();
}
