/* _CONTAINS_OP: the general case of the CONTAINS_OP instruction, by a runtime helper
 * (tessera_jit_contains_op) that does what the interpreter does. */
#define HELPER tessera_jit_contains_op
#include "../helper.h"
