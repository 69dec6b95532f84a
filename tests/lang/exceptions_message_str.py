e = ValueError('a', 2)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError('k')), str(KeyError('k')))
class E(Exception):
    def __str__(self):
        return 'custom'
print(str(E()), E('x').args)
