try:
    raise ValueError('v')
except ValueError as err:
    msg = str(err)
print(msg)
