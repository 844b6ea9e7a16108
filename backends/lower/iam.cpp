#include "lower/iam.h"

#include "lower/common.h"
#include "lower/key_policy.h"

namespace migc::lower {

PValue policyDocument(std::vector<PValue> statements) {
  return PValue::object({{"Version", PValue::s("2012-10-17")}, {"Statement", PValue::list(std::move(statements))}});
}

PValue statement(std::vector<std::string> actions, std::vector<PValue> resources) {
  return PValue::object({{"Effect", PValue::s("Allow")},
                         {"Action", PValue::strings(actions)},
                         {"Resource", PValue::list(std::move(resources))}});
}

PValue assumeRolePolicy(std::string service) {
  return policyDocument({PValue::object({{"Effect", PValue::s("Allow")},
                                         {"Principal", PValue::object({{"Service", PValue::s(std::move(service))}})},
                                         {"Action", PValue::s("sts:AssumeRole")}})});
}

PValue accessPolicy(Context& ctx, std::vector<std::string> actions, const std::vector<const ir::Object*>& objects) {
  std::vector<PValue> arns;
  std::vector<std::pair<const ir::Object*, std::string>> uses;
  for (const ir::Object* object : objects) {
    arns.push_back(ctx.attribute(*object, "arn"));
    for (const std::string& a : actions) uses.emplace_back(object, a);
  }
  std::vector<PValue> statements = {statement(std::move(actions), std::move(arns))};
  for (PValue& s : keyUseStatements(ctx, uses)) statements.push_back(std::move(s));
  return policyDocument(std::move(statements));
}

model::Resource& serviceRole(Context& ctx, const ir::Object& o, std::string id, PValue name, std::string service) {
  model::Resource& role = ctx.add("aws_iam_role", std::move(id), o);
  role.properties = {{"name", std::move(name)},
                     {"assume_role_policy", PValue::json(assumeRolePolicy(std::move(service)))},
                     {"tags", ctx.tags(&o)}};
  return role;
}

model::Resource& attachManagedPolicy(Context& ctx, const ir::Object& o, const std::string& role_id,
                                     std::string attachment_id, std::string_view policy) {
  model::Resource& attachment = ctx.add("aws_iam_role_policy_attachment", std::move(attachment_id), o);
  attachment.properties = {{"role", PValue::refTo(role_id, "name")},
                           {"policy_arn", PValue::s(arnPrefix(ctx) + "iam::aws:policy/" + std::string(policy))}};
  return attachment;
}

model::Resource& rolePolicy(Context& ctx, const ir::Object& o, const std::string& role_id, std::string policy_id,
                            PValue name, PValue document) {
  model::Resource& policy = ctx.add("aws_iam_role_policy", std::move(policy_id), o);
  policy.properties = {{"name", std::move(name)},
                       {"role", PValue::refTo(role_id, "id")},
                       {"policy", PValue::json(std::move(document))}};
  return policy;
}

}  // namespace migc::lower
