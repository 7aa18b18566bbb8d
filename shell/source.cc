#include "shell/source.h"

#include <algorithm>

namespace rcsh {

SourceBuffer::SourceBuffer(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
  }
}

LineColumn SourceBuffer::position(uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  uint32_t line_index = static_cast<uint32_t>(it - line_starts_.begin()) - 1;
  return {line_index + 1, offset - line_starts_[line_index] + 1};
}

std::string_view SourceBuffer::line_text(uint32_t line) const {
  if (line == 0 || line > line_starts_.size()) return {};
  uint32_t begin = line_starts_[line - 1];
  uint32_t end = line < line_starts_.size() ? line_starts_[line] - 1
                                            : static_cast<uint32_t>(text_.size());
  return std::string_view(text_).substr(begin, end - begin);
}

BufferId SourceManager::add(std::string name, std::string text, SourceRange origin) {
  auto buffer = std::make_unique<SourceBuffer>(std::move(name), std::move(text));
  buffer->origin = origin;
  buffers_.push_back(std::move(buffer));
  return static_cast<BufferId>(buffers_.size() - 1);
}

std::string_view SourceManager::slice(SourceRange range) const {
  if (!range.valid()) return {};
  return buffer(range.buffer).text().substr(range.begin, range.end - range.begin);
}

SourceRange SourceManager::outermost(SourceRange range) const {
  while (range.valid() && buffer(range.buffer).origin.valid()) {
    range = buffer(range.buffer).origin;
  }
  return range;
}

}  // namespace rcsh
