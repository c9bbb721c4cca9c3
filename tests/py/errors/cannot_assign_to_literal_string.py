"name" = 5
