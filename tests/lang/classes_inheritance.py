class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' makes a sound'
    def describe(self):
        return 'I am ' + self.name + ': ' + self.speak()
class Dog(Animal):
    def speak(self):
        return self.name + ' barks'
class Puppy(Dog):
    def __init__(self, name):
        Dog.__init__(self, name + ' jr')
for a in (Animal('cat'), Dog('rex'), Puppy('rex')):
    print(a.describe(), isinstance(a, Animal), isinstance(a, Dog), type(a) is Dog)
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
