/* _RETURN_INIT_HELD: _RETURN_INIT where no release frees anything: the
 * locals in the mask OPERAND (`self`, which the result holds, and values
 * the caller's locals hold) and `__init__` (its class, unchanged, holds
 * it) drop their counts untested (see return.h). */
#define RETURN_INIT
#define HELD
#define FUNC_HELD
#include "../return.h"
