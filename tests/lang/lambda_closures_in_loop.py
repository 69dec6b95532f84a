adders = []
for i in range(3):
    adders.append(lambda x, i=i: x + i)
print([f(10) for f in adders])
