# uncaught KeyError with a string key; stdout written before must survive
inventory = {"apple": 3, "pear": 0}
for name in ["apple", "pear"]:
    print(name, inventory[name])
total = sum(inventory.values())
print("total", total)
print(inventory["banana"])
