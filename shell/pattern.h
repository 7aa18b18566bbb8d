// Shell pattern matching (POSIX XCU 2.13): `case` items, ${x#p} and friends,
// and pathname components. A pattern is compiled once into a small token
// program and then matched many times — `case` runs inside loops of 100,000
// iterations in rc.d scripts, so nothing is parsed or allocated per match.
//
// The program is a list of segments separated by `*`. Every segment has a
// fixed width (literal runs, `?` and bracket sets each consume a known number
// of bytes), so a match is: the first segment anchored at the start, the last
// anchored at the end, and each middle segment placed at its leftmost
// position in between. Placing middle segments leftmost is always safe (it
// leaves the most room for what follows), which gives the classic
// single-backtrack-point glob algorithm: O(subject * pattern) in the worst
// case, never exponential.
//
// Bytes, C locale: rc.d scripts are ASCII, and dash and FreeBSD sh compare
// bytes there too.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rcsh {

/// A shell pattern compiled once. Quoted characters (from quoting or from
/// expansions inside double quotes) match only themselves. A default-constructed
/// Pattern is the empty pattern (matches only ""). Copyable; immutable once
/// compiled, so one instance may be shared by several threads.
class Pattern {
 public:
  /// `quoted` is empty (nothing quoted) or has one flag per byte of `text`.
  /// An unquoted backslash makes the next byte literal; an unterminated `[`
  /// is a literal `[`. Never fails: every text is some pattern.
  static Pattern Compile(std::string_view text, const std::vector<bool>& quoted = {});

  /// True if the whole of `subject` matches (case items, etc.).
  bool Matches(std::string_view subject) const {
    // Inline, because most items of a case table fail on length alone and
    // a call costs more than the test.
    if (subject.size() < min_length_ || (!has_star_ && subject.size() != min_length_)) {
      return false;
    }
    if (head_nonempty_ && !first_bytes_.Contains(static_cast<unsigned char>(subject[0]))) {
      return false;
    }
    if (tail_nonempty_ && !last_bytes_.Contains(static_cast<unsigned char>(subject.back()))) {
      return false;
    }
    return Match(subject, false);
  }
  /// ${x#p} / ${x##p}: the length of the shortest/longest matching prefix, or
  /// std::string::npos.
  size_t MatchPrefix(std::string_view subject, bool longest) const;
  /// ${x%p} / ${x%%p}: the start index of the shortest/longest matching
  /// suffix, or std::string::npos.
  size_t MatchSuffix(std::string_view subject, bool longest) const;
  /// Pathname-component matching: '/' is never matched by `*`, `?` or a
  /// bracket expression, and a leading '.' only by a literal '.'.
  bool MatchesFileName(std::string_view name) const;

  /// False when the pattern has no unquoted * ? [ (a `[` without its `]`
  /// does not count) — callers take a literal fast path.
  bool has_wildcards() const { return has_wildcards_; }
  /// The literal text when !has_wildcards() (quote flags and escaping
  /// backslashes removed); empty otherwise.
  const std::string& literal() const { return literal_; }

 private:
  enum class Op : uint8_t { kLiteral, kAnyByte, kByteSet };

  /// One step of the program; each consumes a fixed number of bytes.
  struct Token {
    Op op;
    uint32_t arg;     // kLiteral: offset into bytes_; kByteSet: index into sets_
    uint32_t length;  // kLiteral: byte count; otherwise 1
  };

  /// A bracket expression: 256 bits, so a test is one shift and mask.
  struct ByteSet {
    uint64_t bits[4] = {0, 0, 0, 0};
    bool Contains(unsigned char c) const { return (bits[c >> 6] >> (c & 63)) & 1; }
    void Add(unsigned char c) { bits[c >> 6] |= uint64_t{1} << (c & 63); }
  };

  /// A maximal star-free run of tokens: tokens_[first, end).
  struct Segment {
    uint32_t first = 0;
    uint32_t end = 0;
    uint32_t width = 0;  // bytes of subject it consumes
    // When the segment is one literal run (or empty), its bytes are
    // bytes_[literal_offset, +width) and matching is memcmp / find.
    bool literal_only = true;
    uint32_t literal_offset = 0;
  };

  class Builder;

  bool Match(std::string_view subject, bool file_name) const;
  bool SegmentMatchesAt(const Segment& segment, const char* at, bool file_name) const;
  std::string_view SegmentLiteral(const Segment& segment) const {
    return std::string_view(bytes_).substr(segment.literal_offset, segment.width);
  }
  /// Leftmost p in [from, limit - width] where `segment` matches, or npos.
  size_t FindForward(const Segment& segment, std::string_view subject, size_t from, size_t limit,
                     bool file_name) const;
  /// Rightmost p in [from, limit - width] where `segment` matches, or npos.
  size_t FindBackward(const Segment& segment, std::string_view subject, size_t from,
                      size_t limit) const;
  /// Places the head and middle segments leftmost inside subject[0, limit);
  /// returns where the last of them ends (the smallest possible end), or npos.
  size_t ForwardEnd(std::string_view subject, size_t limit, bool file_name) const;
  /// Places the tail at the end of `subject` and the middle segments
  /// rightmost, none starting before `from`; returns where the first middle
  /// segment (or the tail) starts — the largest possible start — or npos.
  size_t BackwardStart(std::string_view subject, size_t from) const;

  const Segment& head() const { return segments_.front(); }
  const Segment& tail() const { return segments_.back(); }

  // Invariant: without a star there is exactly one segment; with stars there
  // are at least two — head (before the first star, maybe empty), the middle
  // segments (never empty: consecutive stars are merged) and tail (after the
  // last star, maybe empty).
  std::vector<Segment> segments_;
  std::vector<Token> tokens_;
  std::vector<ByteSet> sets_;
  std::string bytes_;  // the bytes of every literal run, in pattern order
  std::string literal_;
  size_t min_length_ = 0;  // the width of all segments: the shortest match
  // The bytes a match can start with, when the pattern does not start with
  // a star: a second inline rejection test.
  ByteSet first_bytes_;
  ByteSet last_bytes_;  // likewise for the last byte
  bool head_nonempty_ = false;
  bool tail_nonempty_ = false;
  bool has_star_ = false;
  bool has_wildcards_ = false;
  // The pattern starts with a literal byte, so it may match a leading '.' of
  // a file name.
  bool starts_with_literal_ = false;
};

}  // namespace rcsh
