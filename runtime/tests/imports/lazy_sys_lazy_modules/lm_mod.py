"""Lazily imported; tracked in sys.lazy_modules until used."""
print("loading lm_mod")
NAME = "lm_mod"
