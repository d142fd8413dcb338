"""Raises ValueError when it is executed."""
print("loading ue_broken")
raise ValueError("ue_broken refuses to load")
