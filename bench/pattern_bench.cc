// Pattern matching speed: a `case` table of 20 items run over 100,000 words
// (the shape of rc.subr's checkyesno and of argument parsing in rc.d loops),
// and ${x#p} / ${x%p} removal over 100,000 paths.
//   build/rcsh_bench_pattern [--benchmark_filter=...]
// fnmatch(3) is timed on the same table as a reference point.
#include <benchmark/benchmark.h>
#include <fnmatch.h>

#include <random>
#include <string>
#include <vector>

#include "shell/pattern.h"

namespace {

constexpr size_t kWordCount = 100000;

const std::vector<std::string>& CaseItems() {
  // clang-format off
  static const std::vector<std::string> items = {
      "[Yy][Ee][Ss]", "[Tt][Rr][Uu][Ee]", "[Oo][Nn]", "1",        "[Nn][Oo]",
      "[Ff][Aa][Ll][Ss][Ee]", "[Oo][Ff][Ff]", "0",   "start",    "stop",
      "restart",      "status",     "rcvar",        "*_enable", "*.sh",
      "*.conf",       "/*",         "-*",           "[0-9]*",   "*[!0-9A-Za-z_]*",
  };
  // clang-format on
  return items;
}

// Words a case table meets in practice; most match an item, some fall
// through every item.
const std::vector<std::string>& Words() {
  static const std::vector<std::string> words = [] {
    // clang-format off
    const std::vector<std::string> pool = {
        "YES", "yes", "NO", "no", "true", "off", "On", "1", "0", "start", "stop", "restart",
        "faststart", "onestart", "status", "rcvar", "sshd_enable", "ntpd_flags", "rc.sh",
        "/etc/rc.conf", "rc.conf", "-f", "42", "nginx", "sendmail_submit_enable",
        "local_unbound", "hostname", "a b", "quietstop", "/usr/local/etc/rc.d/postgresql"};
    // clang-format on
    std::mt19937 rng(1);
    std::vector<std::string> out;
    out.reserve(kWordCount);
    for (size_t i = 0; i < kWordCount; ++i) out.push_back(pool[rng() % pool.size()]);
    return out;
  }();
  return words;
}

const std::vector<std::string>& Paths() {
  static const std::vector<std::string> paths = [] {
    const std::vector<std::string> pool = {"/usr/local/etc/rc.d/postgresql",
                                           "/etc/rc.d/sshd",
                                           "rc.conf.local",
                                           "/var/run/nginx.pid",
                                           "name=value=more",
                                           "archive.tar.gz",
                                           "/",
                                           "plain"};
    std::mt19937 rng(2);
    std::vector<std::string> out;
    out.reserve(kWordCount);
    for (size_t i = 0; i < kWordCount; ++i) out.push_back(pool[rng() % pool.size()]);
    return out;
  }();
  return paths;
}

// The index of the first matching item, or the table size: what `case` does.
template <typename MatchFn>
size_t RunCaseTable(size_t items, MatchFn matches) {
  size_t total = 0;
  for (const std::string& word : Words()) {
    size_t i = 0;
    while (i < items && !matches(i, word)) ++i;
    total += i;
  }
  return total;
}

void BM_CaseTableCompiled(benchmark::State& state) {
  std::vector<rcsh::Pattern> patterns;
  for (const std::string& item : CaseItems()) patterns.push_back(rcsh::Pattern::Compile(item));
  for (auto _ : state) {
    benchmark::DoNotOptimize(RunCaseTable(
        patterns.size(), [&](size_t i, const std::string& w) { return patterns[i].Matches(w); }));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kWordCount));
}
BENCHMARK(BM_CaseTableCompiled)->Unit(benchmark::kMillisecond);

// What a shell that does not cache pays: every item compiled per test.
void BM_CaseTableCompileEveryTime(benchmark::State& state) {
  const std::vector<std::string>& items = CaseItems();
  for (auto _ : state) {
    benchmark::DoNotOptimize(RunCaseTable(items.size(), [&](size_t i, const std::string& w) {
      return rcsh::Pattern::Compile(items[i]).Matches(w);
    }));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kWordCount));
}
BENCHMARK(BM_CaseTableCompileEveryTime)->Unit(benchmark::kMillisecond);

void BM_CaseTableFnmatch(benchmark::State& state) {
  const std::vector<std::string>& items = CaseItems();
  for (auto _ : state) {
    benchmark::DoNotOptimize(RunCaseTable(items.size(), [&](size_t i, const std::string& w) {
      return fnmatch(items[i].c_str(), w.c_str(), 0) == 0;
    }));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kWordCount));
}
BENCHMARK(BM_CaseTableFnmatch)->Unit(benchmark::kMillisecond);

// ${x##*/} ${x#*/} ${x%/*} ${x%%/*} ${x%.*} ${x%%.*} ${x#*=} ${x%%[!a-z]*}:
// argument 0 picks the expansion.
struct Removal {
  const char* pattern;
  bool prefix;
  bool longest;
};
constexpr Removal kRemovals[] = {
    {"*/", true, true},   {"*/", true, false}, {"/*", false, false}, {"/*", false, true},
    {".*", false, false}, {".*", false, true}, {"*=", true, false},  {"[!a-z]*", false, true},
};

void BM_Removal(benchmark::State& state) {
  const Removal& removal = kRemovals[state.range(0)];
  rcsh::Pattern pattern = rcsh::Pattern::Compile(removal.pattern);
  state.SetLabel(std::string(removal.prefix ? (removal.longest ? "${x##" : "${x#")
                                            : (removal.longest ? "${x%%" : "${x%")) +
                 removal.pattern + "}");
  for (auto _ : state) {
    size_t total = 0;
    for (const std::string& path : Paths()) {
      size_t at = removal.prefix ? pattern.MatchPrefix(path, removal.longest)
                                 : pattern.MatchSuffix(path, removal.longest);
      total += at;
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * kWordCount));
}
BENCHMARK(BM_Removal)->DenseRange(0, std::size(kRemovals) - 1)->Unit(benchmark::kMillisecond);

// Many stars and a wildcard middle segment against a long subject that
// almost matches: backtracking matchers (fnmatch included) go exponential
// here; this is O(subject * pattern).
void BM_ManyStars(benchmark::State& state) {
  rcsh::Pattern pattern = rcsh::Pattern::Compile("*a*a*a*a*a*a*a*a*[!a]?*b");
  std::string subject(static_cast<size_t>(state.range(0)), 'a');
  subject += 'b';
  for (auto _ : state) benchmark::DoNotOptimize(pattern.Matches(subject));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * subject.size()));
}
BENCHMARK(BM_ManyStars)->Arg(100)->Arg(10000);

}  // namespace

BENCHMARK_MAIN();
