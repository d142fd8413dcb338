/* _UNPACK_SEQUENCE: the general case of the UNPACK_SEQUENCE instruction, by a runtime helper
 * (tessera_jit_unpack_sequence) that does what the interpreter does. */
#define HELPER tessera_jit_unpack_sequence
#include "../helper.h"
