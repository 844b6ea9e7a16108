// CHK-N3 / seed-matrix §2.2: what MGN needs that no target can express. The
// replication configuration template (K83) and the service initialisation
// (K85) have no resource in Terraform AWS 5.100.0, cfn-lint 1.51's
// CloudFormation schemas or Pulumi AWS classic, and source-server
// replication is an agent install, not a resource. These are facts of the
// kind, not of a target, so they are reported here, where `migc check`
// shows them, with the exact CLI steps filled in from the program. The
// initialisation also creates the fixed-name AWSApplicationMigration* roles:
// account singletons migc never puts in a stack (CHK-N3).
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class ServerMigrationCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-N3"; }

  void run(const CheckContext& ctx) const override {
    bool first = true;
    for (const ir::Object* server : ctx.objectsOf("server_migration")) {
      SourceRange where = ctx.where(*server, "source_server");
      if (first) {  // once per program: initialisation is per account and region
        ctx.report(DiagKind::MgnInitializationUnsupported, where)
            .help("aws mgn initialize-service --region <region>   # once per account and region, before deploying");
        first = false;
      }
      // A param is known at deploy time only: the step names it.
      const ir::Value* type_value = server->field("replication_instance_type");
      const std::string* literal = constText(type_value);
      std::string type = literal                                                  ? *literal
                         : type_value && type_value->kind == ir::Value::Kind::Param ? "<value of param " + type_value->text + ">"
                                                                                    : "t3.small";
      const ir::Object* key = ctx.referenced(*server, "key");
      std::string command = fmt::format(
          "aws mgn create-replication-configuration-template --staging-area-subnet-id <first private subnet of {}> "
          "--replication-servers-security-groups-i-ds <staging security group of {}> "
          "--replication-server-instance-type {} --associate-default-security-group false "
          "--use-dedicated-replication-server false --default-large-staging-disk-type GP3 "
          "--ebs-encryption {} --bandwidth-throttling 0 --data-plane-routing PRIVATE_IP "
          "--create-public-ip false --staging-area-tags {{}}",
          server->field("network") ? ctx.referenced(*server, "network")->name : "the network", server->name,
          type, key ? fmt::format("CUSTOM --ebs-encryption-key-arn <arn of key {}>", key->name) : "DEFAULT");
      ctx.report(DiagKind::MgnReplicationTemplateUnsupported, ctx.where(*server, "replication_instance_type"),
                 server->name)
          .help(command);
      const std::string* source = constText(server->field("source_server"));
      ctx.report(DiagKind::MgnSourceReplicationManual, where, source ? *source : server->name)
          .help("install the agent on the source (aws-replication-installer-init --region <region>), then "
                "aws mgn update-launch-configuration --source-server-id <id> and aws mgn start-test / start-cutover");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeServerMigrationCheck() { return std::make_unique<ServerMigrationCheck>(); }

}  // namespace migc::checks
