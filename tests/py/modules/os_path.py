# os.path (posixpath): join, split, splitext, basename, dirname, normpath,
# relpath, commonprefix, and the file tests.
import os
import os.path
import os.path as osp
print(osp is os.path, os.path.__name__, os.sep, os.pathsep, os.curdir, os.pardir, os.name, repr(os.linesep))
print(osp.join("a", "b", "c.txt"), osp.join("/a", "/b", "c"), osp.join("a/", "b"), osp.join("a", ""), osp.join(""))
print(osp.split("/x/y/z.py"), osp.split("z.py"), osp.split("/"), osp.split("a/b/"), osp.split("//a"))
print(osp.basename("/x/y/z.py"), osp.basename("dir/"), osp.dirname("/one/two/three"), osp.dirname("f"), osp.dirname("/f"))
print(osp.splitext("f.tar.gz"), osp.splitext(".bashrc"), osp.splitext("a/b.c/d"), osp.splitext("x."), osp.splitext("..a"))
print(osp.normpath("a//b/./c/../d"), osp.normpath("/../a"), osp.normpath("//a/b"), osp.normpath("///a"), osp.normpath(""), osp.normpath("../../x/.."))
print(osp.isabs("/a"), osp.isabs("a"), osp.commonprefix(["/usr/lib", "/usr/local"]), osp.commonprefix([]))
print(osp.relpath("/a/b/c", "/a/d"), osp.relpath("/a", "/a"), osp.commonpath(["/a/b/c", "/a/b/d"]), osp.abspath("/a/./b/../c"))
print(osp.splitdrive("/a/b"), osp.normcase("A/B"), osp.expanduser("nochange"))
here = osp.dirname(osp.abspath(__file__))
print(osp.exists(here), osp.isdir(here), osp.isfile(here), osp.exists(osp.join(here, "no_such_file")))
print(osp.isfile(osp.abspath(__file__)), osp.basename(__file__), os.getcwd() == here)
print(osp.getsize(osp.join(here, "_extra_path", "extra_mod.py")) > 0, "_helpers" in os.listdir(here))
try:
    os.listdir(osp.join(here, "no_such_dir"))
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
