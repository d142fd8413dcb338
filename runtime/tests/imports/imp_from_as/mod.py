"""Module whose names are imported with `from mod import ... as ...`."""
print("running", __name__)
COUNT = 1


def greet(who):
    return "hello " + who + " from " + __name__ + " (count " + str(COUNT) + ")"


def bump():
    global COUNT
    COUNT += 1
