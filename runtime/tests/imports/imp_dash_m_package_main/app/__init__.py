"""Package run with `-m app`; its __init__ runs first."""
print("running package", __name__)
VERSION = "2.5"
