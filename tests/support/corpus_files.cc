#include "support/corpus_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "shell/cli/file_io.h"
#include "support/test_paths.h"

namespace rcsh::testing {
std::vector<std::string> CorpusShellFiles() {
  std::vector<std::string> result;
  for (const std::string& file : ListFilesRecursively({SourceDir() + "/corpus"})) {
    if (file.find("/corpus/faults/") != std::string::npos) continue;
    if (LooksLikeShellFile(file)) result.push_back(file);
  }
  return result;
}

std::string ReadFileOrDie(const std::string& path) {
  std::string error;
  auto text = ReadWholeFile(path, &error);
  if (!text) throw std::runtime_error(path + ": " + error);
  return *text;
}

}  // namespace rcsh::testing
