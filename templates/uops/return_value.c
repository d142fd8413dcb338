/* _RETURN_VALUE: the return of a function a trace called inline (a frame
 * _PUSH_FRAME pushed: never a generator's or `__init__`'s), as the
 * interpreter's return does: pops the frame, releasing its locals, what
 * is left on its stack and its function, and pushes the value on top of
 * its stack onto the caller's stack (see return.h). The trace carries on
 * in the caller. */
#include "../return.h"
