/* _LOAD_FAST: push local OPARG (a new reference). */
#include "../jit.h"

UOP
{
    TesseraValue v = tessera_localsplus(frame)[OPARG];
    tessera_incref(v);
    *sp++ = v;
    CONTINUE();
}
