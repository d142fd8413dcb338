"""Fails on its first import and succeeds on the second (fl_state counts the attempts)."""
print("loading flaky")
import fl_state

fl_state.attempts += 1
if fl_state.attempts == 1:
    raise RuntimeError("first attempt fails")
VALUE = "loaded on attempt " + str(fl_state.attempts)
