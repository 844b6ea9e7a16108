#include "driver/graph/render.h"

#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace migc::graph {
namespace {

std::string dotQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

// Mermaid labels are quoted strings: a quote is an entity, a line break <br/>.
std::string mermaidQuote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += "#quot;";
    else if (c == '\n') out += "<br/>";
    else out += c;
  }
  return out + "\"";
}

// Calls visit(region index, region) and, inside it, the nodes of that
// region in graph order, each group's nodes together where the first of
// them would be. `group(node_or_null, group_index, open)` brackets a group.
template <typename RegionFn, typename NodeFn, typename GroupFn>
void walkClusters(const Graph& graph, RegionFn region_fn, NodeFn node_fn, GroupFn group_fn) {
  std::map<std::string, size_t> group_index;
  for (size_t i = 0; i < graph.groups.size(); ++i) group_index[graph.groups[i].id] = i;
  for (size_t r = 0; r < graph.regions.size(); ++r) {
    const std::string& region = graph.regions[r];
    bool opened = false;
    std::set<std::string> done;
    for (size_t n = 0; n < graph.nodes.size(); ++n) {
      const Node& node = graph.nodes[n];
      if (node.region != region) continue;
      if (!opened) {
        region_fn(r, region, true);
        opened = true;
      }
      if (node.group.empty()) {
        node_fn(n, 2);
        continue;
      }
      if (!done.insert(node.group).second) continue;
      size_t g = group_index.count(node.group) ? group_index[node.group] : 0;
      group_fn(g, true);
      for (size_t m = n; m < graph.nodes.size(); ++m)
        if (graph.nodes[m].region == region && graph.nodes[m].group == node.group) node_fn(m, 4);
      group_fn(g, false);
    }
    if (opened) region_fn(r, region, false);
  }
}

std::string title(const Graph& graph) {
  return graph.target.empty() ? fmt::format("{}: {}", graph.name, graph.subject)
                              : fmt::format("{}: {} ({})", graph.name, graph.subject, graph.target);
}

}  // namespace

std::string renderDot(const Graph& graph) {
  std::string out = fmt::format("digraph {} {{\n", dotQuote(graph.name));
  out += fmt::format("  graph [rankdir=LR, fontname=\"Helvetica\", labelloc=t, label={}];\n", dotQuote(title(graph)));
  out += "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];\n";
  out += "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  walkClusters(
      graph,
      [&](size_t r, const std::string& region, bool open) {
        out += open ? fmt::format("  subgraph \"cluster_region_{}\" {{\n    label={};\n    style=solid;\n", r,
                                  dotQuote(region))
                    : "  }\n";
      },
      [&](size_t n, int indent) {
        const Node& node = graph.nodes[n];
        std::string style = node.kind == "phase" ? ", shape=ellipse, style=solid" : "";
        if (!node.condition.empty()) style += ", style=\"rounded,dashed\"";
        out += fmt::format("{:>{}}{} [label={}{}];\n", "", indent + 2, dotQuote(node.id), dotQuote(node.label), style);
      },
      [&](size_t g, bool open) {
        out += open ? fmt::format("    subgraph \"cluster_group_{}\" {{\n      label={};\n      style=dashed;\n", g,
                                  dotQuote(graph.groups[g].label))
                    : "    }\n";
      });
  for (const Edge& edge : graph.edges)
    out += fmt::format("  {} -> {} [label={}{}];\n", dotQuote(edge.from), dotQuote(edge.to), dotQuote(edge.label),
                       edge.ordering ? ", style=dashed" : "");
  return out + "}\n";
}

std::string renderMermaid(const Graph& graph) {
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < graph.nodes.size(); ++i) index[graph.nodes[i].id] = i;
  std::string out = fmt::format("---\ntitle: {}\n---\nflowchart LR\n", mermaidQuote(title(graph)));
  std::vector<size_t> conditional;
  walkClusters(
      graph,
      [&](size_t r, const std::string& region, bool open) {
        out += open ? fmt::format("  subgraph r{}[{}]\n", r, mermaidQuote(region)) : "  end\n";
      },
      [&](size_t n, int indent) {
        const Node& node = graph.nodes[n];
        bool phase = node.kind == "phase";
        out += fmt::format("{:>{}}n{}{}{}{}\n", "", indent + 2, n, phase ? "([" : "[", mermaidQuote(node.label),
                           phase ? "])" : "]");
        if (!node.condition.empty()) conditional.push_back(n);
      },
      [&](size_t g, bool open) {
        out += open ? fmt::format("    subgraph g{}[{}]\n", g, mermaidQuote(graph.groups[g].label)) : "    end\n";
      });
  for (const Edge& edge : graph.edges) {
    if (!index.count(edge.from) || !index.count(edge.to)) continue;
    out += fmt::format("  n{} {}|{}| n{}\n", index[edge.from], edge.ordering ? "-.->" : "-->",
                       mermaidQuote(edge.label), index[edge.to]);
  }
  if (!conditional.empty()) {
    out += "  classDef conditional stroke-dasharray: 5 5\n";
    std::string list;
    for (size_t n : conditional) list += (list.empty() ? "n" : ",n") + std::to_string(n);
    out += "  class " + list + " conditional\n";
  }
  return out;
}

std::string renderJson(const Graph& graph) {
  nlohmann::ordered_json out;
  out["name"] = graph.name;
  out["subject"] = graph.subject;
  if (!graph.target.empty()) out["target"] = graph.target;
  out["regions"] = graph.regions;
  out["groups"] = nlohmann::ordered_json::array();
  for (const Group& g : graph.groups) out["groups"].push_back({{"id", g.id}, {"label", g.label}});
  out["nodes"] = nlohmann::ordered_json::array();
  for (const Node& n : graph.nodes) {
    nlohmann::ordered_json node{{"id", n.id}, {"kind", n.kind}, {"label", n.label}, {"region", n.region}};
    if (!n.group.empty()) node["group"] = n.group;
    if (!n.condition.empty()) node["when"] = n.condition;
    out["nodes"].push_back(node);
  }
  out["edges"] = nlohmann::ordered_json::array();
  for (const Edge& e : graph.edges)
    out["edges"].push_back({{"from", e.from}, {"to", e.to}, {"label", e.label},
                            {"kind", e.ordering ? "order" : "reference"}});
  return out.dump(2) + "\n";
}

}  // namespace migc::graph
