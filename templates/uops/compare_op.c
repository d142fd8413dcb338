/* _COMPARE_OP: the general case of the COMPARE_OP instruction, by a runtime helper
 * (tessera_jit_compare_op) that does what the interpreter does. */
#define HELPER tessera_jit_compare_op
#include "../helper.h"
