/* _GUARD_CMP_INT_GT: `a > b` on two small ints the optimizer proved, then a
 * branch (see cmp.h). */
#define CMP(a, b) ((a) > (b))
#define CMP_INT
#include "../cmp.h"
