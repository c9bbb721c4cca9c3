match "x":
    case f"{1}x":
        pass
