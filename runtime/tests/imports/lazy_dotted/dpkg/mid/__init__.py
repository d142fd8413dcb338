"""Middle package of dpkg.mid.leaf."""
print("loading dpkg.mid")
