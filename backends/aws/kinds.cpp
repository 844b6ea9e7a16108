#include "aws/kinds.h"

namespace migc::aws {

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

PValue securityGroupRef(const ir::Object& owner, std::string_view role) {
  return PValue::refTo(Context::id(owner, role), "id");
}

PValue subnetIds(Context& ctx, const ir::Object& network) {
  std::vector<PValue> ids;
  for (int64_t i = 0; i < lowering::integer(network, "zones"); ++i)
    ids.push_back(PValue::refTo(Context::id(network, "private_" + std::to_string(i + 1)), "id"));
  (void)ctx;
  return PValue::list(std::move(ids));
}

PValue zone(const Context& ctx, int64_t index) {
  std::string region = ctx.currentRegion();
  return PValue::s((region.empty() ? std::string("us-east-1") : region) + char('a' + index));
}

}  // namespace migc::aws
