#include "shell/expander.h"

#include <pwd.h>
#include <unistd.h>

#include "shell/arith_eval.h"
#include "shell/arith_parser.h"
#include "shell/pathname_expansion.h"
#include "shell/pattern.h"
#include "shell/posix_directory_reader.h"
#include "shell/shell.h"
#include "shell/syntax_error.h"

namespace rcsh {

namespace {

constexpr uint8_t kQuoted = 1;      // from quoting: never split, never a glob character
constexpr uint8_t kSplittable = 2;  // from an unquoted expansion: IFS applies

bool IsIfsWhitespace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Cheap pre-check: only * ? or a [ with a ] after it can make a word glob
// (so `[` itself, the test command, never reaches the file system).
bool MightGlob(std::string_view text, const std::vector<uint8_t>* flags) {
  bool open_bracket = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (flags && ((*flags)[i] & kQuoted)) continue;
    char c = text[i];
    if (c == '*' || c == '?') return true;
    if (c == '[') open_bracket = true;
    else if (c == ']' && open_bracket) return true;
  }
  return false;
}

class ShellArithVariables : public ArithVariables {
 public:
  explicit ShellArithVariables(Shell& shell) : shell_(shell) {}
  const std::string* Get(const std::string& name) override {
    // An unset variable in arithmetic is 0, even under set -u (as dash).
    return shell_.GetVar(name);
  }
  std::string Set(const std::string& name, const std::string& value) override {
    const Variable* v = shell_.state().vars.Find(name);
    if (v && v->readonly) return name + ": is read only";
    shell_.SetVar(name, value);
    return "";
  }
  std::string missing_;

 private:
  Shell& shell_;
};

}  // namespace

// One field under construction.
struct WordExpander::Piece {
  std::string text;
  std::vector<uint8_t> flags;
  bool has_quoted = false;  // quoting contributed (so "" is a field)
  void Add(std::string_view s, uint8_t flag) {
    text.append(s);
    flags.insert(flags.end(), s.size(), flag);
  }
};

struct WordExpander::Builder {
  std::vector<Piece> pieces{1};
  Piece& current() { return pieces.back(); }
  void Break() { pieces.emplace_back(); }
};

bool WordExpander::ExpandFields(const std::vector<Word*>& words, std::vector<std::string>* fields) {
  for (const Word* word : words) {
    // Fast path: a plain literal without glob characters is its own field.
    if (word->is_plain_literal() && !MightGlob(word->literal(), nullptr)) {
      fields->push_back(word->literal());
      continue;
    }
    Builder builder;
    if (!AppendParts(word->parts, false, false, builder)) return false;
    SplitAndGlob(builder, fields);
  }
  return true;
}

bool WordExpander::ExpandString(const Word& word, std::string* out) {
  if (word.is_plain_literal()) {
    *out = word.literal();
    return true;
  }
  Builder builder;
  // Without field splitting, "$@" joins like "$*" with spaces.
  if (!AppendParts(word.parts, true, false, builder)) return false;
  out->clear();
  for (size_t i = 0; i < builder.pieces.size(); ++i) {
    if (i > 0) *out += ' ';
    *out += builder.pieces[i].text;
  }
  return true;
}

bool WordExpander::ExpandPattern(const Word& word, std::string* text, std::vector<bool>* quoted) {
  Builder builder;
  if (!AppendParts(word.parts, false, false, builder)) return false;
  text->clear();
  quoted->clear();
  for (size_t i = 0; i < builder.pieces.size(); ++i) {
    if (i > 0) {
      *text += ' ';
      quoted->push_back(true);
    }
    const Piece& piece = builder.pieces[i];
    *text += piece.text;
    for (uint8_t flag : piece.flags) quoted->push_back(flag & kQuoted);
  }
  return true;
}

bool WordExpander::AppendParts(const std::vector<WordPart*>& parts, bool quoted,
                               bool literal_splittable, Builder& out) {
  for (const WordPart* part : parts) {
    if (!AppendPart(*part, quoted, literal_splittable, out)) return false;
  }
  return true;
}

bool WordExpander::AppendPart(const WordPart& part, bool quoted, bool literal_splittable, Builder& out) {
  const uint8_t expansion_flag = quoted ? kQuoted : kSplittable;
  switch (part.kind) {
    case NodeKind::Literal:
      out.current().Add(static_cast<const LiteralPart&>(part).text,
                        quoted ? kQuoted : (literal_splittable ? kSplittable : 0));
      return true;
    case NodeKind::SingleQuoted:
      out.current().Add(static_cast<const SingleQuotedPart&>(part).text, kQuoted);
      out.current().has_quoted = true;
      return true;
    case NodeKind::DollarSingleQuoted:
      out.current().Add(static_cast<const DollarSingleQuotedPart&>(part).text, kQuoted);
      out.current().has_quoted = true;
      return true;
    case NodeKind::Escaped: {
      char c = static_cast<const EscapedPart&>(part).character;
      out.current().Add(std::string_view(&c, 1), kQuoted);
      out.current().has_quoted = true;
      return true;
    }
    case NodeKind::DoubleQuoted: {
      const auto& parts = static_cast<const DoubleQuotedPart&>(part).parts;
      // "$@" alone makes no field when there are no parameters.
      bool only_at = parts.size() == 1 && parts[0]->kind == NodeKind::ParamExp &&
                     static_cast<const ParamExpPart*>(parts[0])->name == "@" &&
                     static_cast<const ParamExpPart*>(parts[0])->op == ParamOp::kPlain;
      if (!only_at) out.current().has_quoted = true;
      return AppendParts(parts, true, false, out);
    }
    case NodeKind::Tilde:
      out.current().Add(TildeValue(static_cast<const TildePart&>(part).user), kQuoted);
      return true;
    case NodeKind::ParamExp:
      return AppendParam(static_cast<const ParamExpPart&>(part), quoted, out);
    case NodeKind::CommandSub: {
      int status = 0;
      std::string text = shell_.CaptureOutput(*static_cast<const CommandSubPart&>(part).body, &status);
      shell_.last_substitution_status = status;
      while (!text.empty() && text.back() == '\n') text.pop_back();
      out.current().Add(text, expansion_flag);
      return true;
    }
    case NodeKind::ArithSub: {
      std::string value;
      if (!EvaluateArith(static_cast<const ArithSubPart&>(part), &value)) return false;
      out.current().Add(value, expansion_flag);
      return true;
    }
    default:
      return true;
  }
}

bool WordExpander::EvaluateArith(const ArithSubPart& part, std::string* out) {
  ShellArithVariables variables(shell_);
  ArithResult result;
  if (!part.has_expansions && part.expr) {
    result = EvaluateArithmetic(*part.expr, variables);
  } else {
    std::string text;
    if (!ExpandString(*part.text, &text)) return false;
    AstArena arena;
    try {
      ArithNode* expr = ParseArithmeticString(text, arena, part.range);
      result = EvaluateArithmetic(*expr, variables);
    } catch (const SyntaxError& error) {
      result.ok = false;
      result.error = error.diagnostic.message;
    }
  }
  if (!variables.missing_.empty()) {
    shell_.FatalError(variables.missing_ + ": parameter not set");
    return false;
  }
  if (!result.ok) {
    shell_.FatalError("arithmetic expression: " + result.error);
    return false;
  }
  *out = std::to_string(result.value);
  return true;
}

bool WordExpander::LookupParam(const std::string& name, std::string* value, bool* is_set) {
  *is_set = true;
  const ShellState& state = shell_.state();
  char c = name[0];
  if (c >= '0' && c <= '9') {
    size_t index = std::stoul(name);
    if (index == 0) {
      *value = state.arg0;
    } else if (index <= state.positional.size()) {
      *value = state.positional[index - 1];
    } else {
      *is_set = false;
      value->clear();
    }
    return true;
  }
  switch (c) {
    case '#': *value = std::to_string(state.positional.size()); return true;
    case '?': *value = std::to_string(state.last_status); return true;
    case '-': *value = state.options.Flags(); return true;
    case '$': *value = std::to_string(state.shell_pid); return true;
    case '!':
      if (state.last_background_pid == 0) {
        *is_set = false;
        value->clear();
      } else {
        *value = std::to_string(state.last_background_pid);
      }
      return true;
    case '@':
    case '*': {
      const std::string* ifs = shell_.GetVar("IFS");
      std::string separator = !ifs ? " " : ifs->substr(0, 1);
      value->clear();
      for (size_t i = 0; i < state.positional.size(); ++i) {
        if (i > 0) *value += separator;
        *value += state.positional[i];
      }
      *is_set = !state.positional.empty();
      return true;
    }
    default:
      break;
  }
  if (name == "LINENO") {
    *value = std::to_string(shell_.current_line());
    return true;
  }
  const std::string* v = shell_.GetVar(name);
  if (!v) {
    *is_set = false;
    value->clear();
  } else {
    *value = *v;
  }
  return true;
}

bool WordExpander::AppendSpecialList(const ParamExpPart& part, bool quoted, Builder& out) {
  const std::vector<std::string>& params = shell_.state().positional;
  if (part.name == "*" && quoted) {
    std::string joined;
    bool is_set;
    LookupParam("*", &joined, &is_set);
    out.current().Add(joined, kQuoted);
    return true;
  }
  // "$@" and unquoted $@ / $*: one field per parameter.
  for (size_t i = 0; i < params.size(); ++i) {
    if (i > 0) out.Break();
    out.current().Add(params[i], quoted ? kQuoted : kSplittable);
    if (quoted) out.current().has_quoted = true;
  }
  return true;
}

bool WordExpander::AppendParam(const ParamExpPart& part, bool quoted, Builder& out) {
  const uint8_t flag = quoted ? kQuoted : kSplittable;
  const bool list = part.name == "@" || part.name == "*";
  if (list && part.op == ParamOp::kPlain) return AppendSpecialList(part, quoted, out);

  std::string value;
  bool is_set = false;
  LookupParam(part.name, &value, &is_set);
  const bool missing = !is_set || (part.colon && value.empty());
  switch (part.op) {
    case ParamOp::kDefault:
      if (missing) return AppendParts(part.argument->parts, quoted, !quoted, out);
      break;
    case ParamOp::kAlternative:
      if (!missing) return AppendParts(part.argument->parts, quoted, !quoted, out);
      return true;
    case ParamOp::kAssign:
      if (missing) {
        if (!(std::isalpha(static_cast<unsigned char>(part.name[0])) || part.name[0] == '_')) {
          shell_.FatalError(part.name + ": bad variable name");
          return false;
        }
        if (!ExpandString(*part.argument, &value)) return false;
        if (!shell_.SetVar(part.name, value)) {
          shell_.Exit(2);
          return false;
        }
      }
      break;
    case ParamOp::kError:
      if (missing) {
        std::string message;
        if (!ExpandString(*part.argument, &message)) return false;
        if (message.empty()) message = missing && is_set ? "parameter null" : "parameter not set";
        shell_.FatalError(part.name + ": " + message);
        return false;
      }
      break;
    default:
      if (!is_set && shell_.state().options.nounset && !list) {
        shell_.FatalError(part.name + ": parameter not set");
        return false;
      }
      break;
  }
  if (part.op == ParamOp::kLength) {
    value = std::to_string(list ? shell_.state().positional.size() : value.size());
  } else if (part.op >= ParamOp::kRemoveSmallestPrefix) {
    if (!ApplyPatternOp(part, &value)) return false;
  }
  out.current().Add(value, flag);
  return true;
}

bool WordExpander::ApplyPatternOp(const ParamExpPart& part, std::string* value) {
  std::shared_ptr<const Pattern> compiled = shell_.PatternFor(*part.argument);
  if (!compiled) return false;
  const Pattern& pattern = *compiled;
  bool longest = part.op == ParamOp::kRemoveLargestPrefix || part.op == ParamOp::kRemoveLargestSuffix;
  if (part.op == ParamOp::kRemoveSmallestPrefix || part.op == ParamOp::kRemoveLargestPrefix) {
    size_t length = pattern.MatchPrefix(*value, longest);
    if (length != std::string::npos) value->erase(0, length);
  } else {
    size_t start = pattern.MatchSuffix(*value, longest);
    if (start != std::string::npos) value->erase(start);
  }
  return true;
}

std::string WordExpander::TildeValue(const std::string& user) {
  if (user.empty()) {
    const std::string* home = shell_.GetVar("HOME");
    return home ? *home : "~";
  }
  struct passwd pw;
  struct passwd* result = nullptr;
  char buffer[4096];
  if (getpwnam_r(user.c_str(), &pw, buffer, sizeof buffer, &result) == 0 && result) return pw.pw_dir;
  return "~" + user;
}

void WordExpander::SplitAndGlob(Builder& builder, std::vector<std::string>* fields) {
  const std::string* ifs_var = shell_.GetVar("IFS");
  const std::string ifs = ifs_var ? *ifs_var : " \t\n";
  const bool noglob = shell_.state().options.noglob;

  auto emit = [&](std::string text, std::vector<uint8_t> flags) {
    bool glob = !noglob && MightGlob(text, &flags);
    if (glob) {
      std::vector<bool> quoted(flags.size());
      for (size_t i = 0; i < flags.size(); ++i) quoted[i] = flags[i] & kQuoted;
      PosixDirectoryReader reader(shell_.state().cwd ? shell_.state().cwd->fd : AT_FDCWD);
      std::vector<std::string> matches = ExpandPathname(text, quoted, reader);
      if (!matches.empty()) {
        for (std::string& m : matches) fields->push_back(std::move(m));
        return;
      }
    }
    fields->push_back(std::move(text));
  };

  for (Piece& piece : builder.pieces) {
    std::string current;
    std::vector<uint8_t> current_flags;
    bool has_content = piece.has_quoted;
    const std::string& text = piece.text;
    size_t n = text.size();
    size_t i = 0;
    auto is_ifs = [&](size_t k) {
      return (piece.flags[k] & kSplittable) && ifs.find(text[k]) != std::string::npos;
    };
    while (i < n) {
      if (!is_ifs(i)) {
        current += text[i];
        current_flags.push_back(piece.flags[i]);
        has_content = true;
        ++i;
        continue;
      }
      // A delimiter: IFS white space around at most one other IFS character.
      bool hard = false;
      while (i < n && is_ifs(i) && IsIfsWhitespace(text[i])) ++i;
      if (i < n && is_ifs(i) && !IsIfsWhitespace(text[i])) {
        hard = true;
        ++i;
        while (i < n && is_ifs(i) && IsIfsWhitespace(text[i])) ++i;
      }
      if (has_content || hard) emit(std::move(current), std::move(current_flags));
      current.clear();
      current_flags.clear();
      has_content = false;
    }
    if (has_content) emit(std::move(current), std::move(current_flags));
  }
}

}  // namespace rcsh
