/* _BINARY_OP_MUL_FLOAT_LL_GUARD: `a * b` on two locals not yet known to hold
 * floats (both checked), pushed (see float_ll.h). */
#define FLOAT_LL_OP *
#define FLOAT_LL_GUARD 1
#define FLOAT_LL_STORE 0
#define CACHED_PUSHES 1
#include "../float_ll.h"
