#include "cloudformation/regions.h"

#include <fmt/format.h>

#include <map>
#include <set>

namespace migc::cloudformation {
namespace {

using model::PValue;
using K = PValue::Kind;

// "aurora_cluster_ReadEndpoint.Address" -> "aurora_cluster_read_endpoint_address".
std::string snake(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '.' || c == '-') c = '_';
    if (c >= 'A' && c <= 'Z') {
      if (!out.empty() && out.back() != '_') out.push_back('_');
      c = static_cast<char>(c - 'A' + 'a');
    }
    out.push_back(c);
  }
  return out;
}

class Splitter {
 public:
  Splitter(const model::Stack& stack, const ir::Program& program, DiagnosticSink& diags)
      : stack_(stack), program_(program), diags_(diags) {
    for (const auto& r : stack.resources) region_[r.id] = regionOf(r);
  }

  std::vector<std::pair<std::string, model::Stack>> run() {
    std::vector<std::pair<std::string, model::Stack>> out;
    for (const std::string& region : stack_.regions) {
      bool used = region == stack_.region;
      for (const auto& r : stack_.resources) used = used || regionOf(r) == region;
      if (used) out.emplace_back(region, forRegion(region));
    }
    if (out.size() > 1) {
      std::string files, later;
      for (size_t i = 0; i < out.size(); ++i) {
        files += (i ? ", " : "") + (i ? out[i].first + ".yaml" : "template.yaml for " + out[i].first);
        if (i) later += (i > 1 ? (i + 1 == out.size() ? " and " : ", ") : "") + out[i].first;
      }
      diags_.report(DiagKind::CfnTemplatePerRegion, program_.migration_range, files,
                    fmt::format("the {} stack first, then {}; delete in reverse order", out.front().first, later))
          .help("Terraform and Pulumi keep one program, with a provider per region");
    }
    return out;
  }

 private:
  const model::Stack& stack_;
  const ir::Program& program_;
  DiagnosticSink& diags_;
  std::map<std::string, std::string> region_;  // resource id -> region

  std::string regionOf(const model::Resource& r) const { return r.region.empty() ? stack_.region : r.region; }

  // Replaces references to other regions' resources by parameters.
  void localise(PValue& v, const std::string& region, const std::string& user, model::Stack& out) {
    if (v.kind == K::Ref) {
      auto it = region_.find(v.ref);
      if (it != region_.end() && it->second != region) {
        std::string name = snake(v.ref + "_" + (v.text.empty() ? "id" : v.text));
        bool fresh = true;
        for (const auto& p : out.params) fresh = fresh && p.name != name;
        if (fresh) {
          model::Param p;
          p.name = name;
          p.type = "string";
          p.description = fmt::format("{} of {} from the {} stack", v.text.empty() ? "id" : v.text, v.ref, it->second);
          out.params.push_back(std::move(p));
          diags_.report(DiagKind::CfnCrossRegionValue, program_.migration_range, user, region,
                        v.ref + (v.text.empty() ? "" : "." + v.text), it->second, region, name);
        }
        v = PValue::param(name);
        return;
      }
    }
    for (auto& item : v.items) localise(item, region, user, out);
    for (auto& [k, f] : v.fields) localise(f, region, user, out);
  }

  static void paramsOf(const PValue& v, std::set<std::string>& out) {
    v.any([&](const PValue& x) {
      if (x.kind == K::Param) out.insert(x.text);
      return false;
    });
  }

  // The region of the first resource the value reads.
  std::string outputRegion(const PValue& v) const {
    std::string found;
    v.any([&](const PValue& x) {
      auto it = x.isResourceRef() ? region_.find(x.ref) : region_.end();
      if (it != region_.end()) found = it->second;
      return !found.empty();
    });
    return found;
  }

  model::Stack forRegion(const std::string& region) {
    model::Stack out;
    out.name = stack_.name;
    out.region = region;
    out.regions = {region};
    out.header = stack_.header;
    for (const auto& r : stack_.resources) {
      if (regionOf(r) != region) continue;
      model::Resource copy = r;
      copy.region.clear();
      for (auto& [k, v] : copy.properties) localise(v, region, "resource " + r.id, out);
      // Deploy order covers dependencies on other regions' stacks.
      std::erase_if(copy.depends_on, [&](const std::string& d) {
        auto it = region_.find(d);
        return it != region_.end() && it->second != region;
      });
      out.resources.push_back(std::move(copy));
    }
    for (const auto& o : stack_.outputs) {
      std::string where = outputRegion(o.value);
      if ((where.empty() ? stack_.region : where) != region) continue;
      model::Output copy = o;
      localise(copy.value, region, "output " + o.name, out);
      out.outputs.push_back(std::move(copy));
    }
    // Only the params this template reads (cfn-lint W2001 flags the rest).
    std::set<std::string> used;
    for (const auto& r : out.resources) {
      if (!r.condition.empty()) used.insert(r.condition);
      for (const auto& [k, v] : r.properties) paramsOf(v, used);
    }
    for (const auto& o : out.outputs) paramsOf(o.value, used);
    std::vector<model::Param> params;
    for (const auto& p : stack_.params)
      if (used.count(p.name)) params.push_back(p);
    for (auto& p : out.params) params.push_back(std::move(p));  // the cross-region values, last
    out.params = std::move(params);
    return out;
  }
};

}  // namespace

std::vector<std::pair<std::string, model::Stack>> splitByRegion(model::Stack&& stack, const ir::Program& program,
                                                                DiagnosticSink& diags) {
  bool elsewhere = false;
  for (const auto& r : stack.resources) elsewhere = elsewhere || !r.region.empty();
  if (!elsewhere) {  // one template: the stack itself, moved, not copied
    std::vector<std::pair<std::string, model::Stack>> one;
    std::string region = stack.region;
    one.emplace_back(std::move(region), std::move(stack));
    return one;
  }
  return Splitter(stack, program, diags).run();
}

}  // namespace migc::cloudformation
