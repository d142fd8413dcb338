/* _LOAD_DICT_ENTRY: push the value of entry OPERAND1 of the dict table at
 * OPERAND (a global or builtin found there when the trace was projected;
 * a _GUARD_DICT_VERSION before it proves the entry still holds that key).
 * A deleted entry leaves the trace at the instruction. */
#include "../jit.h"

UOP
{
    TesseraValue v = tessera_jit_dict_entry((const void *)OPERAND, OPERAND1);
    EXIT_IF(v == TESSERA_NULL);
    *sp++ = v;
    CONTINUE();
}
