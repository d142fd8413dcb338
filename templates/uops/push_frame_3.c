/* _PUSH_FRAME_3: an inline call with 3 arguments, self included (see push_frame.h). */
#define PUSH_NARGS 3
#include "../push_frame.h"
