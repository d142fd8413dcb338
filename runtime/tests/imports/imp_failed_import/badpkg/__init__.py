"""Package whose __init__ raises."""
print("running badpkg")
raise RuntimeError("badpkg init failed")
