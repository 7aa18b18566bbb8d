// Source buffers and positions. Every token and AST node points back into a
// buffer owned by a SourceManager, so diagnostics and the linter can quote the
// exact text. Buffers are immutable once added: offsets stay valid forever.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rcsh {

using BufferId = uint32_t;
inline constexpr BufferId kNoBuffer = 0xffffffffu;

/// A half-open byte range [begin, end) inside one buffer.
struct SourceRange {
  BufferId buffer = kNoBuffer;
  uint32_t begin = 0;
  uint32_t end = 0;

  bool valid() const { return buffer != kNoBuffer; }
  uint32_t size() const { return end - begin; }
};

/// 1-based line and column (column counts bytes, like compilers do).
struct LineColumn {
  uint32_t line = 0;
  uint32_t column = 0;
};

/// One piece of source text: a file, a `-c` string, an alias value or the
/// unescaped body of a backquoted command substitution.
class SourceBuffer {
 public:
  SourceBuffer(std::string name, std::string text);

  const std::string& name() const { return name_; }
  std::string_view text() const { return text_; }
  LineColumn position(uint32_t offset) const;
  /// The text of the 1-based line `line`, without its newline.
  std::string_view line_text(uint32_t line) const;

  /// Where this buffer's text came from, when it was derived from another
  /// buffer (backquote bodies, alias values): positions are reported there.
  SourceRange origin;

 private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> line_starts_;  // offset of the first byte of each line
};

/// Owns every buffer of one parse or one interpreter.
class SourceManager {
 public:
  BufferId add(std::string name, std::string text, SourceRange origin = {});
  const SourceBuffer& buffer(BufferId id) const { return *buffers_[id]; }
  std::string_view slice(SourceRange range) const;
  /// Follows `origin` links back to the outermost buffer a position lives in.
  SourceRange outermost(SourceRange range) const;

 private:
  std::vector<std::unique_ptr<SourceBuffer>> buffers_;
};

}  // namespace rcsh
