class Base:
    def area(self):
        raise NotImplementedError('subclass must implement')
class Sq(Base):
    def area(self):
        return 4
for s in (Sq(), Base()):
    try:
        print(s.area())
    except NotImplementedError as e:
        print('NotImplementedError', e)
