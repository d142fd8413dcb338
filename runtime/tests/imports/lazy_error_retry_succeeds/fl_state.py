"""Counts flaky's import attempts; stays loaded between them."""
print("loading fl_state")
attempts = 0
