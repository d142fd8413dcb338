/* _BINARY_OP_NUM_TRUEDIV: `a / b` with inline fast paths for small ints and
 * floats, else the instruction's general case (see num.h). */
#define NUM_OP NUM_TRUEDIV
#include "../num.h"
