/* _RETURN_INIT: the return of an `__init__` a trace runs inline: the value
 * on top must be None; the frame is popped, releasing its locals, what is
 * left on its stack and its function, and the new instance is pushed onto
 * the caller's stack (see return.h). The trace carries on in the caller. */
#define RETURN_INIT
#include "../return.h"
