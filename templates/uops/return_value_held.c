/* _RETURN_VALUE_HELD: _RETURN_VALUE where no release frees anything: the
 * locals in the mask OPERAND and the function drop their counts untested
 * (see return.h). */
#define HELD
#define FUNC_HELD
#include "../return.h"
