/* _GET_ITER: the general case of the GET_ITER instruction, by a runtime helper
 * (tessera_jit_get_iter) that does what the interpreter does. */
#define HELPER tessera_jit_get_iter
#include "../helper.h"
