/* _GUARD_CMP_FLOAT_GE: `a >= b` on two floats the optimizer proved, then a
 * branch (see cmp.h). */
#define CMP(a, b) ((a) >= (b))
#define CMP_FLOAT
#include "../cmp.h"
