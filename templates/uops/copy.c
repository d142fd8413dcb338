/* _COPY: push a new reference to the item OPARG places from the top. */
#include "../jit.h"

UOP
{
    TesseraValue v = sp[-(int)OPARG];
    tessera_incref(v);
    *sp++ = v;
    CONTINUE();
}
