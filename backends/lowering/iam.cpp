#include "lowering/iam.h"

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
  std::vector<PValue> action_values;
  for (std::string& a : actions) action_values.push_back(PValue::s(std::move(a)));
  return PValue::object({{"Version", PValue::s("2012-10-17")},
                         {"Statement", PValue::list({PValue::object({{"Effect", PValue::s("Allow")},
                                                                     {"Action", PValue::list(std::move(action_values))},
                                                                     {"Resource", PValue::list(std::move(resources))}})})}});
}

}  // namespace migc::lowering
