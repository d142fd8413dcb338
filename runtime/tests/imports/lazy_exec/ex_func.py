"""Named by a rejected exec() inside a function; must never run."""
print("loading ex_func")
