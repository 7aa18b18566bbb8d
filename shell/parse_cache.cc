#include "shell/parse_cache.h"

namespace rcsh {

namespace {

bool IsWordCharacter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

}  // namespace

bool ParseCache::Cacheable(const std::string& text) {
  if (text.size() > kMaxTextBytes) return false;
  constexpr std::string_view kAlias = "alias";
  for (size_t at = text.find(kAlias); at != std::string::npos; at = text.find(kAlias, at + 1)) {
    bool starts_word = at == 0 || !IsWordCharacter(text[at - 1]);
    bool ends_word = at + kAlias.size() == text.size() || !IsWordCharacter(text[at + kAlias.size()]);
    if (starts_word && ends_word) return false;
  }
  return true;
}

ParseCache::Stats ParseCache::stats() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return stats_;
}

std::shared_ptr<const ParsedProgram> ParseCache::Get(const std::string& name, const std::string& text) {
  std::string key = name;
  key += '\0';
  key += text;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      order_.splice(order_.end(), order_, it->second.position);
      ++stats_.hits;
      return it->second.program;
    }
  }
  auto program = std::make_shared<ParsedProgram>();
  program->unit = std::make_shared<ParsedUnit>();
  BufferId buffer = program->unit->sources.add(name, text);
  DiagnosticList diagnostics;
  ScriptParser parser(program->unit->sources, buffer, program->unit->arena, diagnostics);
  program->commands = parser.ParseAll();
  if (diagnostics.has_errors()) return nullptr;
  std::lock_guard<std::mutex> lock(mutex_);
  if (entries_.count(key)) return entries_[key].program;
  ++stats_.parses;
  order_.push_back(key);
  entries_[key] = Entry{program, std::prev(order_.end())};
  while (entries_.size() > capacity_) {
    entries_.erase(order_.front());
    order_.pop_front();
  }
  return program;
}

}  // namespace rcsh
