# raise SystemExit(0): clean exit status 0 even from deep inside
def deep(n):
    if n == 0:
        print("exiting from depth")
        raise SystemExit(0)
    deep(n - 1)


try:
    deep(5)
except Exception:
    print("SystemExit is not an Exception, so this is not printed")
print("never")
