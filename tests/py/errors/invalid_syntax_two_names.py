value = 3
value other
