l = [10, 20, 30]
print(l[-1], l[-3], l[0:-1], l[-2:])
l[-1] = 99
print(l)
try:
    l[-4]
except IndexError as e:
    print('IndexError', e)
