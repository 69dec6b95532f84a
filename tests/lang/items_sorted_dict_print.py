d = {3: 'c', 1: 'a', 2: 'b'}
for k in sorted(d):
    print(k, d[k])
print(sorted(d.items(), reverse=True))
