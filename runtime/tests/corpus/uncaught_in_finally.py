# an exception raised in a finally block replaces the one in flight
def work():
    try:
        print("working")
        raise ValueError("original problem")
    finally:
        print("finally starts")
        cleanup = {}
        cleanup["missing"]


work()
