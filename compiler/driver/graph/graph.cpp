#include "driver/graph/graph.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <tuple>

namespace migc::graph {
namespace {

// Edges between the same two nodes merge into one, listing every field
// that refers, in the order first seen.
class EdgeSet {
 public:
  explicit EdgeSet(std::vector<Edge>& edges) : edges_(edges) {}
  void add(const std::string& from, const std::string& to, const std::string& label, bool ordering = false) {
    if (from == to) return;
    auto key = std::make_tuple(from, to, ordering);
    auto [it, inserted] = index_.emplace(key, edges_.size());
    if (inserted) {
      edges_.push_back({from, to, label, ordering});
      return;
    }
    Edge& edge = edges_[it->second];
    if (label.empty()) return;
    std::string padded = ", " + edge.label + ", ";
    if (padded.find(", " + label + ", ") != std::string::npos) return;
    edge.label += edge.label.empty() ? label : ", " + label;
  }

 private:
  std::vector<Edge>& edges_;
  std::map<std::tuple<std::string, std::string, bool>, size_t> index_;
};

void addRegion(std::vector<std::string>& regions, const std::string& region) {
  if (std::find(regions.begin(), regions.end(), region) == regions.end()) regions.push_back(region);
}

// Every reference to a declaration inside `value`, as an edge from `from`.
void walkReferences(const ir::Program& program, const ir::Value& value, const std::string& from,
                    const std::string& label, EdgeSet& edges) {
  using K = ir::Value::Kind;
  if (value.kind == K::Attr) {
    if (value.object < program.objects.size()) edges.add(from, program.objects[value.object].name, label);
    return;
  }
  for (const ir::Value& item : value.items) walkReferences(program, item, from, label, edges);
  for (const auto& [key, entry] : value.entries) walkReferences(program, entry, from, label, edges);
}

std::string intText(const ir::Value* v) {
  if (!v) return "?";
  if (v->kind == ir::Value::Kind::Int) return std::to_string(v->integer);
  if (v->kind == ir::Value::Kind::Param) return v->text;
  return "?";
}

// A cutover's phases, in the order written, each a node of the cutover's
// group; references inside a phase (its gate, its alarms) leave from it.
void addCutoverPhases(const ir::Program& program, const ir::Object& cutover, const std::string& region,
                      const std::string& group, Graph& graph, EdgeSet& edges) {
  const ir::Value* phases = cutover.field("phase");
  if (!phases || phases->kind != ir::Value::Kind::List) return;
  for (size_t i = 0; i < phases->items.size(); ++i) {
    const ir::Value& phase = phases->items[i];
    const ir::Value* name = phase.get("name");
    std::string phase_name = name && name->isString() ? name->text : std::to_string(i + 1);
    std::string id = cutover.name + "/phase/" + phase_name;
    std::string label = fmt::format("phase {}. {}\nblue {} / green {}", i + 1, phase_name,
                                    intText(phase.get("blue")), intText(phase.get("green")));
    const ir::Value* rollback = phase.get("rollback");
    if (rollback && rollback->kind == ir::Value::Kind::Bool && rollback->boolean) label += "\nrollback";
    graph.nodes.push_back({id, "phase", label, region, group, {}});
    edges.add(cutover.name, id, std::to_string(i + 1), true);
    for (const auto& [key, entry] : phase.entries) walkReferences(program, entry, id, key, edges);
  }
}

}  // namespace

Graph declarationGraph(const ir::Program& program) {
  Graph graph;
  graph.name = program.name;
  graph.subject = "declarations";
  graph.regions = program.regions;
  const std::string primary = program.regions.empty() ? std::string() : program.regions.front();
  EdgeSet edges(graph.edges);
  for (const ir::Object& object : program.objects) {
    std::string region(object.region());
    if (region.empty()) region = primary;
    addRegion(graph.regions, region);
    Node node{object.name, object.kind, object.kind + " " + object.name, region, {}, {}};
    if (object.condition.kind == ir::Value::Kind::Param) {
      node.condition = object.condition.text;
      node.label += "\nwhen " + object.condition.text;
    }
    if (object.kind == "cutover") {
      node.group = "cutover/" + object.name;
      const ir::Value* param = object.field("param");
      graph.groups.push_back({node.group, "cutover " + object.name +
                                              (param && param->kind == ir::Value::Kind::Param
                                                   ? " (phase = param " + param->text + ")"
                                                   : std::string())});
    }
    graph.nodes.push_back(node);
    object.forEachField([&](const std::string& field, const ir::Value& value) {
      if (object.kind == "cutover" && field == "phase") return;
      walkReferences(program, value, object.name, field, edges);
    });
    if (object.kind == "cutover") addCutoverPhases(program, object, region, node.group, graph, edges);
  }
  return graph;
}

Graph resourceGraph(const model::Stack& stack, std::string_view target) {
  Graph graph;
  graph.name = stack.name;
  graph.subject = "resources";
  graph.target = std::string(target);
  graph.regions = stack.regions;
  addRegion(graph.regions, stack.region);
  EdgeSet edges(graph.edges);
  std::map<std::string, bool> ids;
  for (const model::Resource& r : stack.resources) ids[r.id] = true;
  std::map<std::string, bool> groups;
  for (const model::Resource& r : stack.resources) {
    std::string region = r.region.empty() ? stack.region : r.region;
    addRegion(graph.regions, region);
    std::string group;
    if (!r.owner.empty()) {
      group = region + "/" + r.owner;
      if (!groups[group]) {
        groups[group] = true;
        graph.groups.push_back({group, r.owner});
      }
    }
    std::string label = (r.tf_mode == "resource" ? "" : r.tf_mode + " ") + r.type + "\n" + r.id;
    if (!r.condition.empty()) label += "\nwhen " + r.condition;
    graph.nodes.push_back({r.id, r.type, label, region, group, r.condition});
    // Not a structured binding: clang 14 (the fuzz and sanitizer builds) cannot capture one.
    for (const auto& entry : r.properties) {
      const std::string& property = entry.first;
      entry.second.any([&](const model::PValue& v) {
        if (v.isResourceRef() && ids.count(v.ref)) edges.add(r.id, v.ref, property);
        return false;
      });
    }
    for (const std::string& dep : r.depends_on)
      if (ids.count(dep)) edges.add(r.id, dep, "depends_on", true);
  }
  return graph;
}

}  // namespace migc::graph
