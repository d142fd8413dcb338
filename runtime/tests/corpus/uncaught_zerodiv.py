# uncaught ZeroDivisionError inside a comprehension
data = [(10, 2), (9, 3), (5, 0), (8, 4)]
print([a // b for a, b in data[:2]])
ratios = [a / b for a, b in data]
print(ratios)
