#include "cfn/kinds.h"

namespace migc::cfn {

const std::map<std::string, KindLowering, std::less<>>& kinds() {
  static const std::map<std::string, KindLowering, std::less<>> kAll = {
      {"key", keyKind()},         {"secret", secretKind()},     {"topic", topicKind()},
      {"network", networkKind()}, {"cluster", clusterKind()},   {"source", sourceKind()},
      {"pipeline", pipelineKind()}, {"alarm", alarmKind()},
      {"service", serviceKind()},
      {"bucket", bucketKind()},     {"dashboard", dashboardKind()},
      {"database", databaseKind()}, {"server_migration", serverMigrationKind()},
      {"vpn", vpnKind()},
      {"function", functionKind()}, {"rule", ruleKind()}, {"backup", backupKind()}, {"table", tableKind()},
      {"cutover", cutoverKind()}, {"setting", settingKind()},
      {"security_group", securityGroupKind()}};
  return kAll;
}

PValue groupId(const ir::Object& owner, std::string_view role) {
  return PValue::refTo(Context::id(owner, role), "GroupId");
}

PValue subnetIds(const ir::Object& network) {
  std::vector<PValue> ids;
  for (int64_t i = 0; i < lowering::integer(network, "zones"); ++i)
    ids.push_back(PValue::refTo(Context::id(network, "private_" + std::to_string(i + 1))));
  return PValue::list(std::move(ids));
}

model::Resource& addStateful(Context& ctx, std::string type, std::string id, const ir::Object& owner) {
  model::Resource& r = ctx.add(std::move(type), std::move(id), owner);
  r.deletion_policy = "Delete";
  return r;
}

}  // namespace migc::cfn
