# helper module holding shared mutable state
registry = []
counter = {"n": 0}
loads = 0
loads += 1


def register(name):
    registry.append(name)
    counter["n"] += 1
    return len(registry)


def reset():
    global registry
    registry = []
    counter["n"] = 0
