// Generic traversal: the direct children of any node, in source order.
#pragma once

#include <functional>

#include "shell/ast.h"

namespace rcsh {

/// Calls `visit` on each direct child of `node` (words, parts, commands,
/// redirections, arithmetic operands).
void ForEachChild(const Node& node, const std::function<void(const Node&)>& visit);

/// Depth-first, parents before children.
void WalkTree(const Node& node, const std::function<void(const Node&)>& visit);

}  // namespace rcsh
