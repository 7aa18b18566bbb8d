// Parser throughput on the bundled corpus, in bytes per second.
//   build/rcsh_bench_parser [--benchmark_filter=...]
// bench/parser_vs_dash.sh compares the same text against `dash -n`.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "shell/parser.h"

namespace {

std::vector<std::string> LoadCorpusScripts() {
  namespace fs = std::filesystem;
  std::vector<std::string> texts;
  fs::path root = fs::path(RCSH_SOURCE_DIR) / "corpus";
  if (!fs::exists(root)) return texts;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    std::string path = entry.path().string();
    if (!entry.is_regular_file() || path.find("/faults/") != std::string::npos) continue;
    if (path.find("/rc.d/") == std::string::npos && !path.ends_with(".subr")) continue;
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    texts.push_back(text.str());
  }
  return texts;
}

void BM_ParseCorpus(benchmark::State& state) {
  static const std::vector<std::string> scripts = LoadCorpusScripts();
  size_t bytes = 0;
  for (const std::string& s : scripts) bytes += s.size();
  for (auto _ : state) {
    for (const std::string& text : scripts) {
      auto parsed = rcsh::ParseScript("bench.sh", text);
      benchmark::DoNotOptimize(parsed->commands.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["files"] = static_cast<double>(scripts.size());
}
BENCHMARK(BM_ParseCorpus)->Unit(benchmark::kMillisecond);

// One large script: the whole corpus concatenated, as `dash -n` sees it in
// parser_vs_dash.sh.
void BM_ParseConcatenatedCorpus(benchmark::State& state) {
  static const std::string text = [] {
    std::string all;
    for (const std::string& s : LoadCorpusScripts()) all += s + "\n";
    return all;
  }();
  for (auto _ : state) {
    auto parsed = rcsh::ParseScript("bench.sh", text);
    benchmark::DoNotOptimize(parsed->commands.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ParseConcatenatedCorpus)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
