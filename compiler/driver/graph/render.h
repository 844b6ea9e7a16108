// A graph (graph.h) written as Graphviz DOT, a Mermaid flowchart or JSON.
// SVG is DOT laid out by Graphviz (cmd_graph.cpp runs `dot`).
#pragma once

#include <string>

#include "driver/graph/graph.h"

namespace migc::graph {

std::string renderDot(const Graph& graph);
std::string renderMermaid(const Graph& graph);
std::string renderJson(const Graph& graph);

}  // namespace migc::graph
