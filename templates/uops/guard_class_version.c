/* _GUARD_CLASS_VERSION: leave the trace unless the CALL with OPARG
 * arguments calls, with no self argument, a class whose version is
 * OPERAND. Class versions are never reused, so this names the class the
 * site called when the trace was projected, unchanged since: the same
 * plain `__new__` and the same `__init__`, which the trace runs inline. */
#include "../jit.h"

UOP
{
    int n = (int)OPARG;
    TesseraValue cls = sp[-n - 2];
    EXIT_IF(!tessera_is_ptr(cls) || sp[-n - 1] != TESSERA_NULL);
    const TesseraHeader *h = (const TesseraHeader *)tessera_ptr(cls);
    EXIT_IF(h->kind != TESSERA_KIND_CLASS);
    EXIT_IF(*(const uint64_t *)((const char *)h + TESSERA_CLASS_VERSION_OFFSET) != OPERAND);
    CONTINUE();
}
