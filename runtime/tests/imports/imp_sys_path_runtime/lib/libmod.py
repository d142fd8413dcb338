"""A module only in lib/."""
WHERE = "libmod from lib/"
