"""Not listed, so `import cm_b` is eager."""
print("loading cm_b")
