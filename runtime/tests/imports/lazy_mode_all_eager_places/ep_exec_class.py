"""Imported by exec() in a class body: eager."""
print("loading ep_exec_class")
