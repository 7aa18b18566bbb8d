// Parsed source kept for reuse. A boot sources the same files (rc.subr
// helpers, rc.conf) and evaluates the same `eval` strings over and over;
// parsing each text once and running the stored AST again is the biggest
// saving after not forking. Keyed by the text itself, so a changed file is
// simply a new entry. Shared by a shell, its subshells and their threads.
#pragma once

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "shell/shell_state.h"

namespace rcsh {

struct ParsedProgram {
  std::shared_ptr<ParsedUnit> unit;
  std::vector<CommandList*> commands;
};

class ParseCache {
 public:
  explicit ParseCache(size_t capacity = 512) : capacity_(capacity) {}

  /// The parse of `text` (buffer name `name`), from the cache or parsed now.
  /// Null when the text has a syntax error: the caller then parses it
  /// incrementally, so that the commands before the error still run.
  std::shared_ptr<const ParsedProgram> Get(const std::string& name, const std::string& text);

  /// Whether a text may be cached at all: texts that may define aliases
  /// change how their own later lines parse, so they are always read
  /// incrementally. That is any text with `alias` as a word of its own;
  /// names that only contain it (rc.conf's ifconfig_em0_alias0) do not count.
  static bool Cacheable(const std::string& text);

  struct Stats {
    uint64_t hits = 0;    // texts served from the cache
    uint64_t parses = 0;  // texts parsed and stored
  };
  Stats stats() const;

 private:
  static constexpr size_t kMaxTextBytes = 1 << 20;
  size_t capacity_;
  mutable std::mutex mutex_;
  Stats stats_;
  std::list<std::string> order_;  // least recently used first
  struct Entry {
    std::shared_ptr<const ParsedProgram> program;
    std::list<std::string>::iterator position;
  };
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace rcsh
