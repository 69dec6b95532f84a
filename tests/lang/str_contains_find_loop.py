s = 'mississippi'
i = s.find('ss')
found = []
while i != -1:
    found.append(i)
    i = s.find('ss', i + 1)
print(found, s.count('s'), s.replace('ss', 'SS'), s.split('ss'))
