"""Listed only by its short name, which does not count."""
print("loading cpkg.short")
X = 1
