class ByLen:
    def __call__(self, s):
        return len(s)
print(sorted(['ccc', 'a', 'bb'], key=ByLen()))
