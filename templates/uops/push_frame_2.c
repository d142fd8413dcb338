/* _PUSH_FRAME_2: an inline call with 2 arguments, self included (see push_frame.h). */
#define PUSH_NARGS 2
#include "../push_frame.h"
