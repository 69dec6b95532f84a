print(int('-0x10', 16), int('  12  '), int('0b101', 0), int('0o17', 0), int('10', 36))
for bad in ('1.5', '', 'abc'):
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
