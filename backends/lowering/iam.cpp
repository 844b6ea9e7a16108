#include "lowering/iam.h"

#include "lowering/events.h"
#include "lowering/key_policy.h"

namespace migc::lowering {

using model::PValue;

PValue assumeRolePolicy(std::string service) {
  return PValue::object(
      {{"Version", PValue::s("2012-10-17")},
       {"Statement", PValue::list({PValue::object({{"Effect", PValue::s("Allow")},
                                                   {"Principal", PValue::object({{"Service", PValue::s(std::move(service))}})},
                                                   {"Action", PValue::s("sts:AssumeRole")}})})}});
}

PValue allowPolicy(std::vector<std::string> actions, std::vector<PValue> resources) {
  return PValue::object({{"Version", PValue::s("2012-10-17")},
                         {"Statement", PValue::list({PValue::object({{"Effect", PValue::s("Allow")},
                                                                     {"Action", PValue::strings(actions)},
                                                                     {"Resource", PValue::list(std::move(resources))}})})}});
}

PValue secretAccessPolicy(Context& ctx, std::vector<std::string> actions, const std::vector<const ir::Object*>& secrets) {
  std::vector<PValue> arns;
  std::vector<std::pair<const ir::Object*, std::string>> uses;
  for (const ir::Object* secret : secrets) {
    arns.push_back(ctx.attribute(*secret, "arn"));
    for (const std::string& a : actions) uses.emplace_back(secret, a);
  }
  std::vector<PValue> statements = {statement(std::move(actions), std::move(arns))};
  for (PValue& s : keyUseStatements(ctx, uses)) statements.push_back(std::move(s));
  return policyDocument(std::move(statements));
}

}  // namespace migc::lowering
