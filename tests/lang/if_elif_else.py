for x in range(-2, 3):
    if x < 0:
        print(x, 'neg')
    elif x == 0:
        print(x, 'zero')
    else:
        print(x, 'pos')
y = 'yes' if 1 > 0 else 'no'
print(y, 'a' if '' else 'b')
