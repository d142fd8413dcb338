/* _CALL_NATIVE_F64: `f(x)` for a `math` function of one float that
 * _GUARD_CALLABLE checked (stack: f, NULL, x): OPERAND is its libm
 * computation (`NativeFunction::f64_fn`), called directly for a float or
 * small-int x and kept when the result is finite, as the full function
 * would return it. A non-number, a non-finite argument or result (the
 * cases where the function raises, or returns NaN or an infinity) leave
 * the trace at the CALL, which the interpreter then makes. */
#include "../jit.h"

typedef double TesseraF64Fn(double);

UOP
{
    TesseraValue v = sp[-1];
    double x;
    if (tessera_is_float(v)) {
        x = tessera_float(v);
    } else {
        EXIT_IF(!tessera_is_small_int(v));
        x = (double)tessera_small_int(v);
    }
    EXIT_IF(!__builtin_isfinite(x));
    /* An empty asm hides that the pointer is a symbol's address: the
     * compiler would otherwise call `_JIT_OPERAND` directly, with a 32-bit
     * displacement that cannot reach an arbitrary function. */
    uint64_t fn = OPERAND;
    __asm__("" : "+r"(fn));
    double r = ((TesseraF64Fn *)(uintptr_t)fn)(x);
    EXIT_IF(!__builtin_isfinite(r));
    TesseraValue f = sp[-3];
    sp[-3] = tessera_from_float(r);
    sp -= 2;
    /* The function is immortal: this only keeps the count balanced. */
    DECREF(f);
    CONTINUE();
}
