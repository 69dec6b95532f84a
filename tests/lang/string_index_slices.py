s = 'abcdefgh'
print(s[2], s[-2], s[2:5], s[:2], s[5:], s[::-2], s[-3:-1], s[6:2:-1], s[100:], s[-100:2])
try:
    s[20]
except IndexError as e:
    print('IndexError', e)
