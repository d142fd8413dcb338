/* _LOAD_METHOD_CONST: `obj.method` as a method call's callable and self
 * (stack: obj -> method, obj), the method being OPERAND, which
 * _GUARD_INSTANCE made sure is what the lookup finds (the class's version
 * is unchanged, so its dict still holds it; the trace keeps it alive too). */
#define CACHED_POPS 1
#define CACHED_PUSHES 2
#include "../jit.h"

UOP
{
    TesseraValue obj = IN(0);
    tessera_incref(OPERAND);
    POP_INPUTS();
    PUSH(OPERAND);
    PUSH(obj);
    CONTINUE();
}
