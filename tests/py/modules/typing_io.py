# typing.IO/TextIO/BinaryIO: generic stream types for annotations.
import typing, io
from typing import IO, TextIO, BinaryIO
print(IO, TextIO, BinaryIO, IO[str], IO.__parameters__, TextIO.__parameters__, BinaryIO.__orig_bases__)
print(TextIO.__mro__)
print(isinstance(io.StringIO(), TextIO), issubclass(TextIO, IO))
def f(out: TextIO, data: IO[bytes]) -> None:
    pass
print(typing.get_type_hints(f))
class MyText(TextIO):
    def write(self, s):
        return len(s)
print(MyText().write("abc"), MyText().read())
