def f():
  try:
    pass
  except* E:
    try:
      pass
    finally:
      return 5
