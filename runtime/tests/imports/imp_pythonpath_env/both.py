"""`both` in the script directory: found first."""
WHERE = "both from the script directory"
