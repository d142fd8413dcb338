/* _BINARY_OP_ADD_FLOAT_LL_GUARD_STORE: `a + b` on two locals not yet known
 * to hold floats (both checked), stored into local c (see float_ll.h). */
#define FLOAT_LL_OP +
#define FLOAT_LL_GUARD 1
#define FLOAT_LL_STORE 1
#define CACHED_PUSHES 0
#include "../float_ll.h"
