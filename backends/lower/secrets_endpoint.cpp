#include "lower/secrets_endpoint.h"

#include "lower/common.h"

namespace migc::lower {
namespace {

const ir::Object* attr(const ir::Program& program, const ir::Value* v) {
  if (!v || v->kind != ir::Value::Kind::Attr || v->object >= program.objects.size()) return nullptr;
  return &program.objects[v->object];
}

}  // namespace

std::optional<SecretsEndpoint> secretsManagerEndpoint(const Context& ctx, const ir::Object& network) {
  const ir::Program& program = ctx.program();
  std::optional<SecretsEndpoint> out;
  for (const ir::Object& p : program.objects) {
    if (p.kind != "pipeline") continue;
    const ir::Object* target = attr(program, p.field("to"));
    if (!target || attr(program, target->field("network")) != &network) continue;
    std::string flag = p.condition.kind == ir::Value::Kind::Param ? p.condition.text : "";
    // Exists whenever any of its pipelines does: one flag shared by all, else always.
    if (!out) out = SecretsEndpoint{flag};
    else if (out->condition != flag) out->condition.clear();
  }
  return out;
}

void addSecretsManagerEndpoint(Context& ctx, const ir::Object& net) {
  if (!ctx.once("secretsmanager_endpoint:" + net.name)) return;
  std::optional<SecretsEndpoint> endpoint = secretsManagerEndpoint(ctx, net);
  std::string condition = endpoint ? endpoint->condition : "";
  securityGroup(ctx, net, "secretsmanager_sg", ctx.name(net, "secretsmanager-sg"),
                PValue::s("Secrets Manager endpoint of network " + net.name), ctx.attribute(net, "id"))
      .condition = condition;
  model::Resource& e = ctx.add("aws_vpc_endpoint", Context::id(net, "secretsmanager_endpoint"), net);
  e.properties = {{"vpc_id", ctx.attribute(net, "id")},
                  {"service_name", PValue::s("com.amazonaws." + ctx.regionOf(net) + ".secretsmanager")},
                  {"vpc_endpoint_type", PValue::s("Interface")},
                  {"subnet_ids", subnetIds(net)},
                  {"security_group_ids", PValue::list({securityGroupRef(net, "secretsmanager_sg")})},
                  {"private_dns_enabled", PValue::b(true)},
                  {"tags", ctx.tags(&net)}};
  e.condition = condition;
}

void admitToSecretsManager(Context& ctx, const ir::Object& owner, const ir::Object& network, std::string id,
                           PValue group, std::string description) {
  std::optional<SecretsEndpoint> endpoint = secretsManagerEndpoint(ctx, network);
  if (!endpoint) return;
  model::Resource& rule = securityGroupRule(ctx, owner, true, std::move(id), securityGroupRef(network, "secretsmanager_sg"),
                                            std::move(description), PValue::i(443), "referenced_security_group_id",
                                            std::move(group));
  // The owner's own flag stays when the endpoint is always there.
  if (!endpoint->condition.empty()) rule.condition = endpoint->condition;
}

}  // namespace migc::lower
