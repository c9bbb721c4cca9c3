# Uncaught ValueError from a builtin with output flushed first.
print("computing")
words = ["10", "20", "thirty"]
nums = [int(w) for w in words]
print(nums)
