# match, case and _ stay ordinary names outside a match statement's header
match = [1, 2, 3]
case = {"k": "v"}
_ = "underscore"
print(match, case, _)
print(match[0], match[1:])
match[0] = 10
print(match)
match: int = 5
print(match)
match, case = 1, 2
print(match, case)
def match(x, *rest):
    return ("called", x, rest)
print(match(1))
print(match (2))
print(match(*[3, 4]))
class case:
    match = "attr"
print(case.match)
match = {"a": 1}
match["b"] = 2
print(match)
match -1 if False else 0
print(match)
x = 3
match x:
    case 1:
        print("one")
    case case.match:
        print("attr")
    case match:
        print("captured", match)
print(match)
# a match whose subject is named match, and a case pattern named case
match match:
    case case:
        print("case", case)
# nested match in a case body, and match inside loops with break/continue
for i in range(6):
    match i:
        case 0:
            continue
        case 4:
            break
        case n if n % 2:
            match n:
                case 1:
                    print("odd one")
                case _:
                    print("odd", n)
        case _:
            print("even", i)
