// What `migc graph` draws, independent of the drawing format: nodes placed
// in a region and optionally a group inside it (a cutover and its phases, a
// declaration and the resources lowered from it), and labelled edges. Built
// from the IR (declarations and their references) or from one target's
// lowered resources; rendered by render.cpp. Everything is in a stable
// order, so the same program always draws the same bytes.
#pragma once

#include <string>
#include <vector>

#include "ir/program.h"
#include "model/resource.h"

namespace migc::graph {

struct Node {
  std::string id;     // unique in the graph: a declaration's name, a resource id, "db/phase/canary"
  std::string kind;   // declaration kind, resource type, or "phase"
  std::string label;  // lines separated by '\n'
  std::string region;
  std::string group;  // "" or the group inside the region (see Graph::groups)
  std::string condition;  // the bool param it depends on, or ""
};

struct Edge {
  std::string from, to;
  std::string label;    // the fields that refer, ", "-joined in source order
  bool ordering = false;  // not a reference: phase order or depends_on (drawn dashed)
};

struct Group {
  std::string id, label;
};

struct Graph {
  std::string name;      // the migration
  std::string subject;   // "declarations" or "resources"
  std::string target;    // the target of a resource graph, else ""
  std::vector<std::string> regions;  // cluster order, the primary first
  std::vector<Group> groups;
  std::vector<Node> nodes;
  std::vector<Edge> edges;
};

// The program's declarations, the references between them (a field whose
// value is another declaration or one of its attributes), regions as
// clusters and each cutover with its phases in order as a group.
Graph declarationGraph(const ir::Program& program);

// One target's resources (after model::selectTarget) and their dependencies:
// references in properties and explicit depends_on; grouped by the
// declaration they were lowered from.
Graph resourceGraph(const model::Stack& stack, std::string_view target);

}  // namespace migc::graph
