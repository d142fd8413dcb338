/* _LOAD_FAST: push local OPARG (a new reference). */
#include "../jit.h"

UOP
{
    TesseraValue v = LOCAL;
    tessera_incref(v);
    *sp++ = v;
    CONTINUE();
}
