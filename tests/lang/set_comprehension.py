s = {x * x for x in range(-3, 4)}
print(sorted(s), len(s))
