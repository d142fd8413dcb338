/* _GUARD_TYPE_VERSION: leave the trace unless the value on top of the
 * stack is a heap object whose class has version OPERAND: what a method
 * cache recorded for a built-in type's value (`lst.append`), so
 * _LOAD_METHOD_CONST can push the method it names. Versions are never
 * reused, so the version names the class as well as its state. */
#define CACHED_POPS 1
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    EXIT_IF(!tessera_is_ptr(v) || tessera_class_version_of((const TesseraHeader *)tessera_ptr(v)) != OPERAND);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
