#include <algorithm>
#include <set>
#include <stdexcept>

#include "model/resource.h"

namespace migc::model {
namespace {

using K = PValue::Kind;

bool hasOnlyFor(const PValue& v) {
  if (v.kind == K::OnlyFor) return true;
  for (const PValue& item : v.items)
    if (hasOnlyFor(item)) return true;
  for (const auto& [k, f] : v.fields)
    if (hasOnlyFor(f)) return true;
  return false;
}

// Resolves OnlyFor inside `v`; false when `v` itself is absent for `target`.
bool resolve(PValue& v, Target target) {
  if (v.kind == K::OnlyFor) {
    size_t pick = includes(v.targets, target) ? 0 : 1;
    if (pick >= v.items.size()) return false;
    PValue inner = std::move(v.items[pick]);
    v = std::move(inner);
    return resolve(v, target);
  }
  if (!hasOnlyFor(v)) return true;  // most values: nothing to rebuild
  std::vector<PValue> items;
  for (PValue& item : v.items)
    if (resolve(item, target)) items.push_back(std::move(item));
  v.items = std::move(items);
  Fields fields;
  for (auto& [k, f] : v.fields)
    if (resolve(f, target)) fields.emplace_back(k, std::move(f));
  v.fields = std::move(fields);
  return true;
}

void checkRefs(const PValue& v, const std::set<std::string>& ids, const std::string& owner) {
  v.any([&](const PValue& x) {
    if (x.isResourceRef() && !ids.count(x.ref))
      throw std::logic_error("resource '" + owner + "' refers to '" + x.ref + "', which this target does not create");
    return false;
  });
}

}  // namespace

Stack selectTarget(const Stack& stack, Target target) {
  // Copied once: the stack without its resources, then the resources this
  // target makes (a copy of the whole stack, cleared, was a third of this).
  Stack out = stack.withoutResources();
  std::set<std::string> ids;
  for (const Resource& r : stack.resources) {
    if (!includes(r.targets, target)) continue;
    Resource& copy = out.resources.emplace_back(r);
    if (std::any_of(copy.properties.begin(), copy.properties.end(), [](const auto& p) { return hasOnlyFor(p.second); })) {
      Fields props;
      for (auto& [k, v] : copy.properties)
        if (resolve(v, target)) props.emplace_back(k, std::move(v));
      copy.properties = std::move(props);
    }
    ids.insert(copy.id);
  }
  for (Resource& r : out.resources) {
    std::vector<std::string> deps;
    for (const std::string& d : r.depends_on)
      if (ids.count(d)) deps.push_back(d);  // a dependency on what this target does not create is moot
    r.depends_on = std::move(deps);
    for (const auto& [k, v] : r.properties) checkRefs(v, ids, r.id);
  }
  for (Output& o : out.outputs) {
    if (!resolve(o.value, target)) o.value = PValue::null();
    checkRefs(o.value, ids, "output " + o.name);
  }
  return out;
}

}  // namespace migc::model
