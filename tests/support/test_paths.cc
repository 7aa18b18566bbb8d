#include "support/test_paths.h"

namespace rcsh::testing {

std::string SourceDir() { return RCSH_SOURCE_DIR; }
std::string RcshBinary() { return RCSH_BINARY; }

}  // namespace rcsh::testing
