"""Listed; main.py uses `from cm_from import ...`."""
print("loading cm_from")
VALUE = "value from cm_from"
other = "other"
