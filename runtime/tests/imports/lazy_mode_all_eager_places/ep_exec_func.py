"""Imported by exec() inside a function: eager."""
print("loading ep_exec_func")
