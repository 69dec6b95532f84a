def g():
    yield 1
    return 5
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
def early(flag):
    if flag:
        return
    yield 'x'
print(list(early(True)), list(early(False)))
