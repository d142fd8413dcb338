"""Named by a rejected exec() in a class body; must never run."""
print("loading ex_class")
