/* _LOAD_DICT_ENTRY: push the value word at OPERAND, the value of entry
 * OPERAND1 of a dict's table (a global or builtin found there when the
 * trace was projected; a _GUARD_DICT_VERSION before it proves the entry
 * still holds that key at that address, since every change to the
 * entries' positions renews the version). A deleted entry (NULL) leaves
 * the trace at the instruction. */
#define CACHED_POPS 0
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    TesseraValue v = *(const TesseraValue *)OPERAND;
    EXIT_IF(v == TESSERA_NULL);
    tessera_incref(v);
    POP_INPUTS();
    PUSH(v);
    CONTINUE();
}
