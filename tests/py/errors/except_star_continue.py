while True:
    try:
        pass
    except* ValueError:
        if x:
            continue
