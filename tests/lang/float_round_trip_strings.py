vals = [0.1 * i for i in range(1, 8)]
print(vals)
print([float(repr(v)) == v for v in vals])
