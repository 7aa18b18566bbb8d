// The shell scripts of the bundled corpus, for tests that run over all of it.
#pragma once

#include <string>
#include <vector>

namespace rcsh::testing {

/// Every shell file under corpus/ (rc.d scripts, rc.conf files, *.subr, *.sh
/// and anything starting with a #!/bin/sh line), excluding corpus/faults/,
/// whose scripts are broken on purpose.
std::vector<std::string> CorpusShellFiles();

std::string ReadFileOrDie(const std::string& path);

}  // namespace rcsh::testing
