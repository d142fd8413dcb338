# helper: raises while being imported
print("[_imp_raises] body starts")
partial_value = 1
raise ValueError("failure during import of _imp_raises")
