import sys
sys.stderr = sys.stdout
raise ValueError(1)
