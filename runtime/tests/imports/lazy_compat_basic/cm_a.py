"""Listed in __lazy_modules__, so `import cm_a` is lazy."""
print("loading cm_a")
NAME = "cm_a"
