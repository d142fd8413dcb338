"""A module in lib/, imported only after lib has been removed from sys.path."""
WHERE = "libonly_second from lib/ (wrong)"
