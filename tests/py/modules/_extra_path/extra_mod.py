# Helper for modules/import_sys_path.py: found through sys.path (not a test case).
WHERE = "extra path"
