total = 0
for rep in range(30):
    objs = [[i, str(i), (i, i)] for i in range(3000)]
    total += len(objs)
print(total)
