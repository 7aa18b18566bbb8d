#include "shell/cli/syntax_check.h"

#include <boost/program_options.hpp>
#include <chrono>
#include <sstream>
#include <iomanip>
#include <iostream>

#include "shell/ast_dump.h"
#include "shell/ast_walk.h"
#include "shell/cli/file_io.h"
#include "shell/parser.h"

namespace rcsh {
namespace {

struct FileResult {
  bool readable = true;
  size_t errors = 0;
  size_t nodes = 0;
};

FileResult ParseOneFile(const std::string& file, std::ostream& err, std::unique_ptr<ParsedScript>* keep) {
  FileResult result;
  std::string error;
  std::optional<std::string> text = ReadWholeFile(file, &error);
  if (!text) {
    err << "rcsh: " << file << ": " << error << "\n";
    result.readable = false;
    return result;
  }
  auto script = ParseScript(file, std::move(*text));
  for (const Diagnostic& diagnostic : script->diagnostics.items()) {
    err << RenderDiagnostic(script->sources, diagnostic);
    ++result.errors;
  }
  for (const CommandList* command : script->commands) {
    WalkTree(*command, [&](const Node&) { ++result.nodes; });
  }
  if (keep) *keep = std::move(script);
  return result;
}

}  // namespace

int CheckSyntax(const std::vector<std::string>& files, std::ostream& err) {
  int status = 0;
  for (const std::string& file : files) {
    FileResult result = ParseOneFile(file, err, nullptr);
    if (!result.readable && status == 0) status = 1;
    if (result.errors > 0) status = 2;
  }
  return status;
}

int DumpAst(const std::string& file, std::ostream& out, std::ostream& err) {
  std::unique_ptr<ParsedScript> script;
  FileResult result = ParseOneFile(file, err, &script);
  if (!result.readable) return 1;
  out << DumpProgram(script->commands, script->sources, {.multiline = true, .ranges = true});
  return result.errors > 0 ? 2 : 0;
}

int RunCheckTool(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  namespace po = boost::program_options;
  po::options_description options("rcsh check [options] PATH...\n"
                                  "Parse-check every file under each PATH and print a summary");
  options.add_options()("help,h", "show this help")(
      "quiet,q", "print only the summary, not each diagnostic")(
      "shell-only,s", "skip files that do not look like shell code (see LooksLikeShellFile)")(
      "path", po::value<std::vector<std::string>>(), "files or directories");
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    err << "rcsh check: " << e.what() << "\n" << options;
    return 2;
  }
  if (vm.count("help") || !vm.count("path")) {
    out << options;
    return vm.count("help") ? 0 : 2;
  }
  std::vector<std::string> files = ListFilesRecursively(vm["path"].as<std::vector<std::string>>());
  if (vm.count("shell-only")) std::erase_if(files, [](const std::string& f) { return !LooksLikeShellFile(f); });
  std::ostringstream discard;
  std::ostream& diagnostics = vm.count("quiet") ? static_cast<std::ostream&>(discard) : err;
  size_t bytes = 0, nodes = 0, errors = 0, broken_files = 0, unreadable = 0;
  auto start = std::chrono::steady_clock::now();
  for (const std::string& file : files) {
    std::unique_ptr<ParsedScript> script;
    FileResult result = ParseOneFile(file, diagnostics, &script);
    if (!result.readable) {
      ++unreadable;
      continue;
    }
    bytes += script->sources.buffer(script->buffer).text().size();
    nodes += result.nodes;
    errors += result.errors;
    if (result.errors) ++broken_files;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << "files:        " << files.size() << "\n"
      << "bytes:        " << bytes << "\n"
      << "AST nodes:    " << nodes << "\n"
      << "syntax errors: " << errors << " in " << broken_files << " file(s)\n";
  if (unreadable) out << "unreadable:   " << unreadable << "\n";
  out << "time:         " << std::fixed << std::setprecision(3) << seconds * 1000 << " ms ("
      << std::setprecision(1) << (seconds > 0 ? bytes / seconds / 1e6 : 0) << " MB/s)\n";
  return errors || unreadable ? 1 : 0;
}

}  // namespace rcsh
