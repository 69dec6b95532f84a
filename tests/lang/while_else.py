n = 0
while n < 3:
    n += 1
else:
    print('while finished', n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print('not printed')
print('n =', n)
i = 0
while 1:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print('even', i)
