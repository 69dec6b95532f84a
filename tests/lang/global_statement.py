total = 0
def bump(n):
    global total
    total += n
for i in range(5):
    bump(i)
print(total)
def make():
    global created
    created = 'yes'
make()
print(created)
