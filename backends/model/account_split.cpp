// The account's bootstrap: resources AWS allows once per account under a
// fixed name, split from the migration's stack (model/resource.h).
#include <set>
#include <stdexcept>

#include "model/resource.h"

namespace migc::model {

AccountSplit splitAccountWide(const Stack& stack) {
  AccountSplit out{stack, {}};
  out.migration.resources.clear();
  Stack& bootstrap = out.bootstrap;
  bootstrap.name = stack.name + "-account";
  bootstrap.region = stack.region;
  bootstrap.regions = {stack.region};
  bootstrap.header = stack.header;
  std::set<std::string> shared;
  for (const Resource& r : stack.resources) {
    (r.account_wide ? bootstrap : out.migration).resources.push_back(r);
    if (!r.account_wide) continue;
    shared.insert(r.id);
    // The bootstrap has no params: what a flag guards in the stack (DMS
    // behind `when create_dms`) is deployed by the accounts that turn it on.
    bootstrap.resources.back().condition.clear();
  }
  for (Resource& r : out.migration.resources)
    std::erase_if(r.depends_on, [&](const std::string& d) { return shared.count(d) > 0; });
  for (const Resource& r : bootstrap.resources)
    for (const auto& [k, v] : r.properties)
      v.any([&](const PValue& x) {
        if (x.kind == PValue::Kind::Param || (x.isResourceRef() && !shared.count(x.ref)))
          throw std::logic_error("account-wide resource '" + r.id + "' reads '" + (x.ref.empty() ? x.text : x.ref) +
                                 "' of the migration's stack");
        return false;
      });
  return out;
}

}  // namespace migc::model
