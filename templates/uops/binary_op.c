/* _BINARY_OP: the general case of the BINARY_OP instruction, by a runtime helper
 * (tessera_jit_binary_op) that does what the interpreter does. */
#define HELPER tessera_jit_binary_op
#include "../helper.h"
