# bytearray slicing when a slice index's __index__ resizes the bytearray (indices adjust to the new length)
ba = bytearray(b'0123456789')
class Evil:
    def __index__(self):
        ba.clear()
        return 8
print(ba[2:Evil()])
ba = bytearray(b'0123456789')
ba[2:Evil()] = b'xy'
print(ba)
ba = bytearray(b'0123456789')
del ba[Evil():]
print(ba)
