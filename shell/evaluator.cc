// Shell::Execute and the compound commands (XCU 2.9.2-2.9.4).
#include <fcntl.h>
#include <unistd.h>

#include <thread>

#include "builtins/builtin_table.h"
#include "shell/expander.h"
#include "shell/job_table.h"
#include "shell/pattern.h"
#include "shell/redirection.h"
#include "shell/shell.h"

namespace rcsh {

int Shell::Execute(const Command& command) {
  switch (command.kind) {
    case NodeKind::Simple:
      return ExecuteSimple(static_cast<const SimpleCommand&>(command));
    case NodeKind::Pipeline:
      return ExecutePipeline(static_cast<const PipelineCommand&>(command));
    case NodeKind::AndOr:
      return ExecuteAndOr(static_cast<const AndOrCommand&>(command));
    case NodeKind::Function: {
      const auto& definition = static_cast<const FunctionDef&>(command);
      state_.functions[definition.name] = ShellFunction{&definition, current_unit_};
      return 0;
    }
    default:
      return ExecuteCompound(command);
  }
}

int Shell::ExecuteCompound(const Command& command) {
  std::optional<RedirectionScope> redirections;
  if (!command.redirects.empty()) {
    redirections.emplace(*this, command.redirects);
    if (!redirections->ok()) return 1;
  }
  switch (command.kind) {
    case NodeKind::List:
      return ExecuteList(static_cast<const CommandList&>(command));
    case NodeKind::Brace:
      return ExecuteList(*static_cast<const BraceGroup&>(command).body);
    case NodeKind::Subshell: {
      const CommandList& body = *static_cast<const SubshellCommand&>(command).body;
      return RunSubshell([&](Shell& sub) { return sub.ExecuteList(body); });
    }
    case NodeKind::If:
      return ExecuteIf(static_cast<const IfCommand&>(command));
    case NodeKind::Loop:
      return ExecuteLoop(static_cast<const LoopCommand&>(command));
    case NodeKind::For:
      return ExecuteFor(static_cast<const ForCommand&>(command));
    case NodeKind::Case:
      return ExecuteCase(static_cast<const CaseCommand&>(command));
    default:
      return 0;
  }
}

void Shell::CheckErrexit(int status) {
  if (status != 0 && state_.options.errexit && errexit_suppressed == 0 && flow_ == Flow::kNone) {
    Exit(status);
  }
}

int Shell::ExecuteList(const CommandList& list) {
  int status = 0;
  for (const CommandList::Item& item : list.items) {
    if (item.background) {
      status = ExecuteBackground(*item.command);
    } else {
      status = Execute(*item.command);
      state_.last_status = status;
      // `!` pipelines and the left side of && || do not trigger set -e.
      bool exempt = (item.command->kind == NodeKind::Pipeline &&
                     static_cast<const PipelineCommand*>(item.command)->negated) ||
                    item.command->kind == NodeKind::AndOr;
      if (!exempt) CheckErrexit(status);
    }
    state_.last_status = status;
    RunPendingTraps();
    if (flow_ != Flow::kNone) return flow_ == Flow::kExit ? state_.last_status : status;
  }
  return status;
}

int Shell::ExecuteAndOr(const AndOrCommand& and_or) {
  ++errexit_suppressed;
  int status = Execute(*and_or.first);
  size_t executed_last = 0;
  for (size_t i = 0; i < and_or.rest.size() && flow_ == Flow::kNone; ++i) {
    const auto& link = and_or.rest[i];
    bool run = link.op == AndOrOp::kAnd ? status == 0 : status != 0;
    if (!run) continue;
    state_.last_status = status;
    if (i + 1 == and_or.rest.size()) {
      // The last pipeline of the chain is subject to set -e.
      --errexit_suppressed;
      status = Execute(*link.command);
      ++errexit_suppressed;
      executed_last = 1;
    } else {
      status = Execute(*link.command);
    }
  }
  --errexit_suppressed;
  if (executed_last) CheckErrexit(status);
  return status;
}

int Shell::ExecutePipeline(const PipelineCommand& pipeline) {
  if (pipeline.negated) ++errexit_suppressed;
  int status = 0;
  if (pipeline.commands.size() == 1) {
    status = Execute(*pipeline.commands[0]);
  } else {
    // Every stage is a subshell (as in FreeBSD sh) running on its own thread,
    // connected to its neighbours by real pipes.
    size_t n = pipeline.commands.size();
    std::vector<std::shared_ptr<OpenFile>> read_ends(n), write_ends(n);
    for (size_t i = 0; i + 1 < n; ++i) {
      int ends[2];
      if (pipe2(ends, O_CLOEXEC) != 0) {
        Error("cannot create pipe");
        if (pipeline.negated) --errexit_suppressed;
        return 1;
      }
      read_ends[i + 1] = OpenFile::FromOwnedFd(OwnFd(ends[0]));
      write_ends[i] = OpenFile::FromOwnedFd(OwnFd(ends[1]));
    }
    std::vector<int> statuses(n, 0);
    std::vector<std::thread> threads;
    // Each stage takes its pipe ends out of the vectors (only its own index,
    // so threads never share an element): once a stage ends, its ends close
    // and its neighbour sees end-of-file.
    auto run_stage = [&](size_t i) {
      std::shared_ptr<OpenFile> in = std::move(read_ends[i]);
      std::shared_ptr<OpenFile> out = std::move(write_ends[i]);
      statuses[i] = RunSubshell([&](Shell& sub) {
        if (in) sub.state_.fds.Set(0, std::move(in));
        if (out) sub.state_.fds.Set(1, std::move(out));
        return sub.Execute(*pipeline.commands[i]);
      });
    };
    for (size_t i = 0; i + 1 < n; ++i) threads.emplace_back([&, i] { run_stage(i); });
    run_stage(n - 1);
    for (std::thread& t : threads) t.join();
    status = statuses[n - 1];
    if (state_.options.pipefail) {
      for (int s : statuses) {
        if (s != 0) status = s;
      }
    }
  }
  if (pipeline.negated) {
    --errexit_suppressed;
    status = status == 0 ? 1 : 0;
  }
  return status;
}

int Shell::ExecuteIf(const IfCommand& command) {
  for (const IfCommand::Branch& branch : command.branches) {
    ++errexit_suppressed;
    int condition = ExecuteList(*branch.condition);
    --errexit_suppressed;
    if (flow_ != Flow::kNone) return condition;
    if (condition == 0) return ExecuteList(*branch.body);
  }
  if (command.else_body) return ExecuteList(*command.else_body);
  return 0;
}

namespace {

// After a loop body: true when the loop must stop.
bool LoopShouldStop(Shell& shell) {
  switch (shell.flow()) {
    case Flow::kNone:
      return false;
    case Flow::kBreak:
      if (shell.flow_levels() > 1) {
        shell.SetFlow(Flow::kBreak, shell.flow_levels() - 1);
      } else {
        shell.ClearFlow();
      }
      return true;
    case Flow::kContinue:
      if (shell.flow_levels() > 1) {
        shell.SetFlow(Flow::kContinue, shell.flow_levels() - 1);
        return true;
      }
      shell.ClearFlow();
      return false;
    default:
      return true;
  }
}

}  // namespace

int Shell::ExecuteLoop(const LoopCommand& command) {
  int status = 0;
  ++loop_depth_;
  for (;;) {
    ++errexit_suppressed;
    int condition = ExecuteList(*command.condition);
    --errexit_suppressed;
    if (flow_ != Flow::kNone) {
      if (LoopShouldStop(*this)) break;
      continue;
    }
    if ((condition == 0) == command.until) break;
    status = ExecuteList(*command.body);
    if (LoopShouldStop(*this)) break;
  }
  --loop_depth_;
  return status;
}

int Shell::ExecuteFor(const ForCommand& command) {
  std::vector<std::string> values;
  if (command.has_in) {
    current_range = command.range;
    if (!WordExpander(*this).ExpandFields(command.words, &values)) return state_.last_status;
  } else {
    values = state_.positional;
  }
  int status = 0;
  ++loop_depth_;
  for (std::string& value : values) {
    if (!SetVar(command.variable, std::move(value))) {
      Exit(2);
      break;
    }
    status = ExecuteList(*command.body);
    if (LoopShouldStop(*this)) break;
  }
  --loop_depth_;
  return status;
}

int Shell::ExecuteCase(const CaseCommand& command) {
  current_range = command.range;
  WordExpander expander(*this);
  std::string subject;
  if (!expander.ExpandString(*command.subject, &subject)) return state_.last_status;
  bool falling_through = false;
  for (const CaseCommand::Item& item : command.items) {
    bool matched = falling_through;
    for (size_t i = 0; !matched && i < item.patterns.size(); ++i) {
      const Word* word = item.patterns[i];
      if (word->is_plain_literal() && word->literal().find_first_of("*?[\\") == std::string::npos) {
        matched = word->literal() == subject;
        continue;
      }
      std::shared_ptr<const Pattern> pattern = PatternFor(*word);
      if (!pattern) return state_.last_status;
      matched = pattern->Matches(subject);
    }
    if (!matched) continue;
    int status = item.body ? ExecuteList(*item.body) : 0;
    if (flow_ != Flow::kNone || item.terminator != CaseTerminator::kFallThrough) return status;
    falling_through = true;
  }
  return 0;
}

int Shell::ExecuteBackground(const Command& command) {
  // A simple command naming an external program gets a real process (its
  // pid in $!); anything else runs in a subshell on its own thread.
  if (command.kind == NodeKind::Simple) {
    const auto& simple = static_cast<const SimpleCommand&>(command);
    if (!simple.words.empty() && simple.words[0]->is_plain_literal()) {
      const std::string& name = simple.words[0]->literal();
      bool external = !services_.builtins->Find(name) && !state_.functions.count(name);
      if (external) {
        background_next_ = true;
        int status = ExecuteSimple(simple);
        background_next_ = false;
        return status;
      }
    }
  }
  auto copy = std::make_shared<ShellState>(state_);
  copy->subshell_depth++;
  for (auto& trap : copy->traps) {
    if (trap && !trap->empty()) trap.reset();
  }
  // Without job control, background commands ignore INT and QUIT (XCU 2.11).
  ShellServices services = services_;
  auto unit = current_unit_;
  const SourceManager* sources = current_sources;
  pid_t id = services_.jobs->StartThread([copy, services, unit, sources, &command] {
    Shell sub(std::move(*copy), services);
    sub.current_unit_ = unit;
    sub.current_sources = sources;
    int status = sub.Execute(command);
    if (sub.flow_ == Flow::kExit) status = sub.state_.last_status;
    sub.RunExitTrap();
    return status;
  });
  state_.last_background_pid = id;
  return 0;
}

}  // namespace rcsh
