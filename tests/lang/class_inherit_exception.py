class AppError(Exception):
    pass
class DetailError(AppError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise DetailError(42, 'detail')
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
try:
    raise AppError
except AppError as e:
    print('bare class raised', repr(e), e.args)
