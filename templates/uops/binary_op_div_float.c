/* _BINARY_OP_DIV_FLOAT: float / float (guarded); a zero divisor leaves the
 * trace so the interpreter raises ZeroDivisionError. */
#include "../jit.h"

UOP
{
    double d = tessera_float(sp[-1]);
    EXIT_IF(d == 0.0);
    sp[-2] = tessera_from_float(tessera_float(sp[-2]) / d);
    sp--;
    CONTINUE();
}
