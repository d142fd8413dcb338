/* _RETURN_INIT: the return of an `__init__` a trace runs inline: the value
 * on top must be None (otherwise the runtime raises TypeError there, as
 * the interpreter does, and the trace leaves through its error exit); the
 * frame is popped, releasing its locals, what is left on its stack and its
 * function, and the new instance (the frame's `locals`) is pushed onto the
 * caller's stack. The caller becomes the VM's frame first, as in
 * _RETURN_VALUE. The trace carries on in the caller. */
#include "../return_init.h"
