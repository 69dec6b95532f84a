x = 1
def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    x = 2
f()
try:
    print(undefined_name)
except NameError as e:
    print('NameError', e)
