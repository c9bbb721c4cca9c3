# sys.flags (a struct sequence), sys.executable, builtin_module_names,
# warnoptions and the tracing getters.
import sys, os
f = sys.flags
print(type(f).__name__, f.debug, f.optimize, f.inspect, f.verbose, f.dev_mode, f.safe_path, f.int_max_str_digits)
print(len(f) >= 17, f[0], f[3], isinstance(f, tuple))
print(isinstance(sys.executable, str), os.path.isabs(sys.executable), os.path.exists(sys.executable))
print(type(sys.builtin_module_names).__name__, 'sys' in sys.builtin_module_names, 'builtins' in sys.builtin_module_names,
      list(sys.builtin_module_names) == sorted(sys.builtin_module_names))
print(sys.warnoptions, sys.gettrace(), sys.getprofile())
try:
    f.debug = 1
except AttributeError as e:
    print("AttributeError", e)
for target in (sys.flags, sys.version_info, sys.float_info):
    for action in ("set", "del", "new"):
        try:
            if action == "set":
                target.major = 1
            elif action == "del":
                del target.max
            else:
                target.brand_new = 2
        except AttributeError as e:
            print(action, e)
