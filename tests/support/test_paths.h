// Where the tests find the source tree (corpus, golden files) and the built
// rcsh binary.
#pragma once

#include <string>

namespace rcsh::testing {

std::string SourceDir();
std::string RcshBinary();

}  // namespace rcsh::testing
