/* _GUARD_INSTANCE: leave the trace unless the value on top of the stack is
 * an instance with shape OPERAND whose class has version OPERAND1: what a
 * method cache recorded (LoadMethodCached), so _LOAD_METHOD_CONST can push
 * the method the cache names, or what a StoreAttrInstanceAdd cache
 * recorded, before _STORE_ATTR_INSTANCE_ADD. */
#define CACHED_POPS 1
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue v = IN(0);
    EXIT_IF(tessera_instance_slots(v, OPERAND, OPERAND1) == 0);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
