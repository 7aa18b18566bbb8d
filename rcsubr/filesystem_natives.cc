// (being ported: see rc_natives.h)
#include "rcsubr/rc_natives.h"

namespace rcsh::rcsubr {

std::span<const RcNative> FilesystemNatives() { return {}; }

}  // namespace rcsh::rcsubr
