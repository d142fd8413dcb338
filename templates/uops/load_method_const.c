/* _LOAD_METHOD_CONST: `obj.method` as a method call's callable and self
 * (stack: obj -> method, obj), the method being OPERAND, which
 * _GUARD_INSTANCE made sure is what the lookup finds (the class's version
 * is unchanged, so its dict still holds it; the trace keeps it alive too). */
#include "../jit.h"

UOP
{
    TesseraValue obj = sp[-1];
    tessera_incref(OPERAND);
    sp[-1] = OPERAND;
    sp[0] = obj;
    sp++;
    CONTINUE();
}
