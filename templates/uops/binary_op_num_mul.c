/* _BINARY_OP_NUM_MUL: `a * b` with inline fast paths for small ints and
 * floats, else the instruction's general case (see num.h). */
#define NUM_OP NUM_MUL
#include "../num.h"
