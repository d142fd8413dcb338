"""Listed, but imported by exec() in a class body: eager."""
print("loading cs_exec_class")
