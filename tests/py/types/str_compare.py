# Lexicographic string comparison by code point.
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abcd", "abc" > "abb")
print("" == "", "a" == "a", "a" != "A", "10" < "9", "apple" < "apricot")
print("é" > "z", "中" > "é", "😀" > "中")
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(max(words), min(words))
print("abc" == "ab" + "c", "abc" != "ABC")
