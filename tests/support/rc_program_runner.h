// Runs a snippet of an RcWorld in a separate shell program (the built rcsh,
// or dash): `PROGRAM -c TEXT ARG0 ARGS...` in the world's root, with the
// world's environment and nothing else. Header-only.
#pragma once

#include <string>
#include <vector>

#include "support/rc_outcome.h"
#include "support/rc_world.h"
#include "support/spawn_capture.h"

namespace rcsh::testing {

/// `env` holds NAME=VALUE entries beyond RcWorld::Environment.
inline RcOutcome RunProgram(const RcWorld& world, const std::string& program,
                            const std::string& text, const std::string& arg0 = kSnippetName,
                            const std::vector<std::string>& args = {},
                            std::vector<std::string> env = {}) {
  world.ClearCalls();
  std::vector<std::string> argv = {program, "-c", text, arg0};
  argv.insert(argv.end(), args.begin(), args.end());
  for (const auto& [name, value] : world.Environment()) env.push_back(name + "=" + value);
  SpawnResult run = SpawnCapture(argv, env, world.root());
  return {run.status, world.Normalise(run.out), world.Normalise(run.err), world.Calls()};
}

}  // namespace rcsh::testing
