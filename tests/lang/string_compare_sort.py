names = ['bob', 'Alice', 'alice', 'Bob', '', 'b']
print(sorted(names), min(names), max(names), 'a' < 'b' < 'c', 'abc' > 'abd')
