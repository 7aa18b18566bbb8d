#include "shell/parse_cache.h"

namespace rcsh {

std::shared_ptr<const ParsedProgram> ParseCache::Get(const std::string& name, const std::string& text) {
  std::string key = name;
  key += '\0';
  key += text;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      order_.splice(order_.end(), order_, it->second.position);
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
  order_.push_back(key);
  entries_[key] = Entry{program, std::prev(order_.end())};
  while (entries_.size() > capacity_) {
    entries_.erase(order_.front());
    order_.pop_front();
  }
  return program;
}

}  // namespace rcsh
