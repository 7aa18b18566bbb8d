// The rcsubr library: native rc.subr(8) functions and the rc.d tools. Each
// concept lives in its own file in this directory (picked up by CMake's
// glob); this file only anchors the library so that it always has a member.
namespace rcsh::rcsubr {}
