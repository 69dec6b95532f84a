for exc in (ZeroDivisionError, OverflowError, IndexError, KeyError, ValueError, TypeError, AttributeError,
            NotImplementedError, RecursionError, StopIteration, AssertionError):
    try:
        raise exc('m')
    except Exception as e:
        print(type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, LookupError), isinstance(e, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(KeyboardInterrupt, Exception))
