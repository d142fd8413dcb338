/* _BINARY_OP_DIV_FLOAT: float / float (guarded); a zero divisor leaves the
 * trace so the interpreter raises ZeroDivisionError. */
#define CACHED_POPS 2
#define CACHED_PUSHES 1
#include "../jit.h"

UOP
{
    double d = tessera_float(IN(1));
    EXIT_IF(d == 0.0);
    double r = tessera_float(IN(0)) / d;
    POP_INPUTS();
    PUSH(tessera_from_float(r));
    CONTINUE();
}
