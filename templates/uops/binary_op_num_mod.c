/* _BINARY_OP_NUM_MOD: `a % b` with inline fast paths for small ints and
 * floats, else the instruction's general case (see num.h). */
#define NUM_OP NUM_MOD
#include "../num.h"
