# Modules are found through sys.path: entry 0 is the script's directory,
# and entries added at run time are searched too.
import os
import sys
print(os.path.basename(sys.path[0]), os.path.isabs(sys.path[0]))
try:
    import extra_mod
except ModuleNotFoundError as e:
    print(e)
sys.path.append(os.path.join(sys.path[0], "_extra_path"))
import extra_mod
print(extra_mod.WHERE, os.path.basename(os.path.dirname(extra_mod.__file__)))
