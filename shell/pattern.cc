#include "shell/pattern.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace rcsh {

namespace {

constexpr size_t npos = std::string::npos;

// C-locale character classes, written out rather than taken from <cctype>
// so that a setlocale() elsewhere in the process cannot change them.
bool IsUpper(int c) {
  return c >= 'A' && c <= 'Z';
}
bool IsLower(int c) {
  return c >= 'a' && c <= 'z';
}
bool IsDigit(int c) {
  return c >= '0' && c <= '9';
}
bool IsAlpha(int c) {
  return IsUpper(c) || IsLower(c);
}
bool IsAlnum(int c) {
  return IsAlpha(c) || IsDigit(c);
}
bool IsXdigit(int c) {
  return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool IsBlank(int c) {
  return c == ' ' || c == '\t';
}
bool IsSpace(int c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}
bool IsCntrl(int c) {
  return c < 0x20 || c == 0x7f;
}
bool IsGraph(int c) {
  return c > 0x20 && c < 0x7f;
}
bool IsPrint(int c) {
  return c >= 0x20 && c < 0x7f;
}
bool IsPunct(int c) {
  return IsGraph(c) && !IsAlnum(c);
}

struct CharClass {
  std::string_view name;
  bool (*contains)(int);
};

constexpr CharClass kCharClasses[] = {
    {"alnum", IsAlnum}, {"alpha", IsAlpha}, {"blank", IsBlank}, {"cntrl", IsCntrl},
    {"digit", IsDigit}, {"graph", IsGraph}, {"lower", IsLower}, {"print", IsPrint},
    {"punct", IsPunct}, {"space", IsSpace}, {"upper", IsUpper}, {"xdigit", IsXdigit},
};

// The last occurrence of non-empty `literal` starting at or before `last`.
// std::string_view::rfind compares at every position; looking for the first
// byte with a plain loop first is several times faster on paths.
size_t ReverseFind(std::string_view subject, std::string_view literal, size_t last) {
  if (literal.size() > subject.size()) return npos;
  size_t p = std::min(last, subject.size() - literal.size()) + 1;
  while (p-- > 0) {
    if (subject[p] == literal[0] &&
        std::memcmp(subject.data() + p + 1, literal.data() + 1, literal.size() - 1) == 0) {
      return p;
    }
  }
  return npos;
}

// Whether subject[from, to) contains a '/'. (memchr is not given a
// possibly-null pointer for an empty range.)
bool HasSlash(std::string_view subject, size_t from, size_t to) {
  return from < to && std::memchr(subject.data() + from, '/', to - from) != nullptr;
}

}  // namespace

// Turns pattern text into the token program, one byte at a time.
class Pattern::Builder {
 public:
  Builder(std::string_view text, const std::vector<bool>& quoted) : text_(text), quoted_(quoted) {}

  Pattern Build() {
    size_t i = 0;
    while (i < text_.size()) {
      char c = text_[i];
      if (IsQuoted(i)) {
        AddLiteral(c);
        ++i;
      } else if (c == '\\') {
        // A trailing backslash has nothing to escape and stands for itself.
        if (i + 1 < text_.size()) ++i;
        AddLiteral(text_[i]);
        ++i;
      } else if (c == '*') {
        AddStar();
        ++i;
      } else if (c == '?') {
        AddToken(Op::kAnyByte, 0);
        ++i;
      } else if (c == '[') {
        ByteSet set;
        size_t end = ParseBracket(i, &set);
        if (end == npos) {
          AddLiteral('[');
          ++i;
        } else {
          p_.sets_.push_back(set);
          AddToken(Op::kByteSet, static_cast<uint32_t>(p_.sets_.size() - 1));
          i = end;
        }
      } else {
        AddLiteral(c);
        ++i;
      }
    }
    CloseSegment();
    Summarize();
    return std::move(p_);
  }

 private:
  // The facts Matches() tests inline before running the program.
  void Summarize() {
    p_.has_wildcards_ = p_.has_star_;
    for (const Token& token : p_.tokens_) {
      if (token.op != Op::kLiteral) p_.has_wildcards_ = true;
    }
    if (!p_.has_wildcards_) p_.literal_ = p_.bytes_;
    for (const Segment& segment : p_.segments_) p_.min_length_ += segment.width;
    p_.head_nonempty_ = p_.head().width > 0;
    if (p_.head_nonempty_) p_.first_bytes_ = BytesOf(p_.tokens_[p_.head().first], 0);
    p_.tail_nonempty_ = p_.tail().width > 0;
    if (p_.tail_nonempty_) {
      const Token& last = p_.tokens_[p_.tail().end - 1];
      p_.last_bytes_ = BytesOf(last, last.length - 1);
    }
    p_.starts_with_literal_ =
        p_.head().end > p_.head().first && p_.tokens_[p_.head().first].op == Op::kLiteral;
  }

  // The bytes that `token` accepts at its `offset`th byte.
  ByteSet BytesOf(const Token& token, uint32_t offset) const {
    ByteSet set;
    switch (token.op) {
      case Op::kLiteral: set.Add(static_cast<unsigned char>(p_.bytes_[token.arg + offset])); break;
      case Op::kByteSet: set = p_.sets_[token.arg]; break;
      case Op::kAnyByte:
        for (uint64_t& word : set.bits) word = ~uint64_t{0};
        break;
    }
    return set;
  }

  bool IsQuoted(size_t i) const { return i < quoted_.size() && quoted_[i]; }
  bool IsUnquoted(size_t i, char c) const {
    return i < text_.size() && text_[i] == c && !IsQuoted(i);
  }

  void AddLiteral(char c) {
    // Extend the current literal run; bytes_ grows in pattern order, so the
    // run's bytes are always the last ones appended.
    if (p_.tokens_.size() > segment_first_ && p_.tokens_.back().op == Op::kLiteral) {
      ++p_.tokens_.back().length;
    } else {
      p_.tokens_.push_back({Op::kLiteral, static_cast<uint32_t>(p_.bytes_.size()), 1});
    }
    p_.bytes_.push_back(c);
  }

  void AddToken(Op op, uint32_t arg) { p_.tokens_.push_back({op, arg, 1}); }

  void AddStar() {
    if (!p_.has_star_ || p_.tokens_.size() > segment_first_) CloseSegment();
    p_.has_star_ = true;
  }

  void CloseSegment() {
    Segment segment;
    segment.first = static_cast<uint32_t>(segment_first_);
    segment.end = static_cast<uint32_t>(p_.tokens_.size());
    for (uint32_t t = segment.first; t < segment.end; ++t) {
      segment.width += p_.tokens_[t].length;
    }
    size_t count = segment.end - segment.first;
    segment.literal_only =
        count == 0 || (count == 1 && p_.tokens_[segment.first].op == Op::kLiteral);
    if (count == 1 && segment.literal_only) segment.literal_offset = p_.tokens_[segment.first].arg;
    p_.segments_.push_back(segment);
    segment_first_ = p_.tokens_.size();
  }

  // One bracket-expression member byte at `*i`, honouring a backslash escape.
  unsigned char TakeByte(size_t* i) const {
    if (IsUnquoted(*i, '\\') && *i + 1 < text_.size()) ++*i;
    return static_cast<unsigned char>(text_[(*i)++]);
  }

  // Parses the bracket expression opening at `open`; returns the index after
  // its closing `]`, or npos when there is none (then `[` is literal).
  size_t ParseBracket(size_t open, ByteSet* set) const {
    size_t i = open + 1;
    bool negate = false;
    // '^' as well as POSIX '!': FreeBSD sh accepts both (dash only '!').
    if (IsUnquoted(i, '!') || IsUnquoted(i, '^')) {
      negate = true;
      ++i;
    }
    bool first = true;  // a ']' right after '[' or '[!' is a member
    while (i < text_.size()) {
      if (IsUnquoted(i, ']') && !first) {
        if (negate) {
          for (uint64_t& word : set->bits) word = ~word;
        }
        return i + 1;
      }
      first = false;
      if (IsUnquoted(i, '[') && IsUnquoted(i + 1, ':')) {
        // FreeBSD sh's rule: "[:" up to the next ":]" is a class when the
        // name is 1-19 bytes, known or not; otherwise '[' is an ordinary
        // member. (dash instead only recognises the known names.)
        size_t close = FindClassEnd(i + 2);
        if (close != npos && close > i + 2 && close - (i + 2) < 20) {
          AddClass(text_.substr(i + 2, close - (i + 2)), set);
          i = close + 2;
          continue;
        }
      }
      unsigned char low = TakeByte(&i);
      if (IsUnquoted(i, '-') && i + 1 < text_.size() && !IsUnquoted(i + 1, ']')) {
        ++i;
        unsigned char high = TakeByte(&i);
        // A reversed range (z-a) is empty, as in dash and FreeBSD sh.
        for (int c = low; c <= high; ++c) set->Add(static_cast<unsigned char>(c));
      } else {
        set->Add(low);
      }
    }
    return npos;
  }

  // The index of the ':' of the ":]" closing a class name that starts at
  // `from`, or npos.
  size_t FindClassEnd(size_t from) const {
    for (size_t i = from; i + 1 < text_.size(); ++i) {
      if (IsUnquoted(i, ':') && IsUnquoted(i + 1, ']')) return i;
    }
    return npos;
  }

  // An unknown class name matches nothing, as in dash.
  static void AddClass(std::string_view name, ByteSet* set) {
    for (const CharClass& cls : kCharClasses) {
      if (cls.name != name) continue;
      for (int c = 0; c < 256; ++c) {
        if (cls.contains(c)) set->Add(static_cast<unsigned char>(c));
      }
      return;
    }
  }

  std::string_view text_;
  const std::vector<bool>& quoted_;
  Pattern p_;
  size_t segment_first_ = 0;  // first token of the segment being built
};

Pattern Pattern::Compile(std::string_view text, const std::vector<bool>& quoted) {
  return Builder(text, quoted).Build();
}

bool Pattern::SegmentMatchesAt(const Segment& segment, const char* at, bool file_name) const {
  for (uint32_t t = segment.first; t < segment.end; ++t) {
    const Token& token = tokens_[t];
    switch (token.op) {
      case Op::kLiteral:
        if (std::memcmp(at, bytes_.data() + token.arg, token.length) != 0) return false;
        at += token.length;
        break;
      case Op::kAnyByte:
        if (file_name && *at == '/') return false;
        ++at;
        break;
      case Op::kByteSet:
        if (file_name && *at == '/') return false;
        if (!sets_[token.arg].Contains(static_cast<unsigned char>(*at))) return false;
        ++at;
        break;
    }
  }
  return true;
}

size_t Pattern::FindForward(const Segment& segment, std::string_view subject, size_t from,
                            size_t limit, bool file_name) const {
  if (from > limit || segment.width > limit - from) return npos;
  if (segment.literal_only) return subject.substr(0, limit).find(SegmentLiteral(segment), from);
  size_t last = limit - segment.width;
  for (size_t p = from; p <= last; ++p) {
    if (SegmentMatchesAt(segment, subject.data() + p, file_name)) return p;
  }
  return npos;
}

size_t Pattern::FindBackward(const Segment& segment, std::string_view subject, size_t from,
                             size_t limit) const {
  if (from > limit || segment.width > limit - from) return npos;
  size_t last = limit - segment.width;
  if (segment.literal_only) {
    size_t p = ReverseFind(subject, SegmentLiteral(segment), last);
    return p != npos && p >= from ? p : npos;
  }
  for (size_t p = last + 1; p-- > from;) {
    if (SegmentMatchesAt(segment, subject.data() + p, false)) return p;
  }
  return npos;
}

size_t Pattern::ForwardEnd(std::string_view subject, size_t limit, bool file_name) const {
  if (head().width > limit || !SegmentMatchesAt(head(), subject.data(), file_name)) return npos;
  size_t end = head().width;
  for (size_t s = 1; s + 1 < segments_.size(); ++s) {
    size_t at = FindForward(segments_[s], subject, end, limit, file_name);
    if (at == npos) return npos;
    // The star before this segment cannot span a '/'. A later placement
    // would only widen that gap, so there is nothing to retry.
    if (file_name && HasSlash(subject, end, at)) return npos;
    end = at + segments_[s].width;
  }
  return end;
}

size_t Pattern::BackwardStart(std::string_view subject, size_t from) const {
  if (tail().width > subject.size()) return npos;
  size_t start = subject.size() - tail().width;
  if (!SegmentMatchesAt(tail(), subject.data() + start, false)) return npos;
  for (size_t s = segments_.size() - 2; s >= 1; --s) {
    start = FindBackward(segments_[s], subject, from, start);
    if (start == npos) return npos;
  }
  return start;
}

bool Pattern::Match(std::string_view subject, bool file_name) const {
  if (!has_wildcards_) return subject == literal_;
  if (file_name && !subject.empty() && subject[0] == '.' && !starts_with_literal_) return false;
  if (!has_star_) {
    return subject.size() == head().width && SegmentMatchesAt(head(), subject.data(), file_name);
  }
  // The anchored tail first: for the usual `*.sh`-style item it decides alone.
  if (tail().width > subject.size()) return false;
  size_t tail_start = subject.size() - tail().width;
  if (!SegmentMatchesAt(tail(), subject.data() + tail_start, file_name)) return false;
  size_t end = ForwardEnd(subject, tail_start, file_name);
  if (end == npos) return false;
  return !file_name || !HasSlash(subject, end, tail_start);
}

bool Pattern::MatchesFileName(std::string_view name) const {
  return Match(name, true);
}

size_t Pattern::MatchPrefix(std::string_view subject, bool longest) const {
  if (!has_wildcards_) return subject.starts_with(literal_) ? literal_.size() : npos;
  size_t n = subject.size();
  if (!has_star_) {
    size_t width = head().width;
    return width <= n && SegmentMatchesAt(head(), subject.data(), false) ? width : npos;
  }
  // A prefix of length k matches when the tail matches just before k and
  // the rest fits before that; the rest fits in [0, e) exactly when e is at
  // least the end of its leftmost placement. So only the tail's position
  // is searched, in the order that makes the first hit the answer.
  if (tail().width > n) return npos;
  size_t end = ForwardEnd(subject, n - tail().width, false);
  if (end == npos) return npos;
  size_t shortest = end + tail().width;
  if (tail().width == 0) return longest ? n : shortest;
  if (tail().literal_only) {
    std::string_view literal = SegmentLiteral(tail());
    size_t at = longest ? ReverseFind(subject, literal, npos) : subject.find(literal, end);
    return at != npos && at >= end ? at + tail().width : npos;
  }
  if (longest) {
    for (size_t k = n + 1; k-- > shortest;) {
      if (SegmentMatchesAt(tail(), subject.data() + k - tail().width, false)) return k;
    }
  } else {
    for (size_t k = shortest; k <= n; ++k) {
      if (SegmentMatchesAt(tail(), subject.data() + k - tail().width, false)) return k;
    }
  }
  return npos;
}

size_t Pattern::MatchSuffix(std::string_view subject, bool longest) const {
  if (!has_wildcards_) return subject.ends_with(literal_) ? subject.size() - literal_.size() : npos;
  size_t n = subject.size();
  if (!has_star_) {
    size_t width = head().width;
    return width <= n && SegmentMatchesAt(head(), subject.data() + n - width, false) ? n - width
                                                                                     : npos;
  }
  // The mirror image of MatchPrefix: the tail and middle segments are placed
  // rightmost, then the head's start is searched.
  size_t start = BackwardStart(subject, head().width);
  if (start == npos || start < head().width) return npos;
  size_t last = start - head().width;  // the latest start for the head
  if (head().width == 0) return longest ? 0 : last;
  if (head().literal_only) {
    std::string_view literal = SegmentLiteral(head());
    size_t at = longest ? subject.find(literal) : ReverseFind(subject, literal, last);
    return at != npos && at <= last ? at : npos;
  }
  if (longest) {
    for (size_t i = 0; i <= last; ++i) {
      if (SegmentMatchesAt(head(), subject.data() + i, false)) return i;
    }
  } else {
    for (size_t i = last + 1; i-- > 0;) {
      if (SegmentMatchesAt(head(), subject.data() + i, false)) return i;
    }
  }
  return npos;
}

}  // namespace rcsh
