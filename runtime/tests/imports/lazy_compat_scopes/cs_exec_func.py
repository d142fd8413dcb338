"""Listed, but imported by exec() in a function: eager."""
print("loading cs_exec_func")
