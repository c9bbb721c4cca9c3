def f():
  while x:
    try:
      pass
    except* E:
      while y:
        pass
      else:
        continue
