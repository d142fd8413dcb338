"""Used only inside ud_user.use_later()."""
print("loading ud_later")
NAME = "ud_later"
