#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& pipelineSchema() {
  static const KindSchema schema = [] {
    static const KindSchema instance = [] {
      KindSchema b{"instance", "The DMS replication instance.", {}, {}};
      required(b.field("class", types::string(), "Replication instance class, e.g. \"dms.r5.large\"."));
      FieldSchema& storage = b.field("storage", types::size(), "Allocated storage (5 to 6144 GiB).");
      storage.default_value = gib(100);
      storage.min = 5 * kGiB;
      storage.max = 6144 * kGiB;
      b.field("multi_az", types::boolean(), "A standby in a second zone.").default_value = ir::Value::ofBool(false);
      b.field("min_memory", types::size(), "Fail the build when the class has less memory than this.");
      return b;
    }();
    static const KindSchema tables = [] {
      KindSchema b{"tables", "Which tables to replicate: \"schema.table\" patterns with % wildcards.", {}, {}};
      constant(b.field("include", types::listOf(types::string()), "Tables to include."))
          .default_value = list({str("%.%")});
      constant(b.field("exclude", types::listOf(types::string()), "Tables to exclude.")).default_value = emptyList();
      return b;
    }();
    static const KindSchema settings = [] {
      KindSchema b{"settings", "DMS task settings.", {}, {}};
      b.field("target_prep", types::oneOf({"do_nothing", "truncate", "drop_and_create"}),
              "What DMS does to target tables before the full load (do_nothing keeps a pre-created schema).")
          .default_value = enumValue("do_nothing");
      b.field("lob_mode", types::oneOf({"none", "limited", "full"}), "How large objects are copied.").default_value = enumValue("limited");
      b.field("lob_max_size", types::size(), "Largest LOB copied in limited mode.").default_value =
          ir::Value::ofQuantity(32 * 1024, ir::Dimension::Size);
      constant(b.field("batch_apply", types::boolean(), "Apply CDC changes in batches.")).default_value = ir::Value::ofBool(false);
      constant(b.field("validation", types::boolean(), "Validate rows after migration.")).default_value = ir::Value::ofBool(false);
      constant(b.field("logging", types::boolean(), "Task logs in CloudWatch Logs.")).default_value = ir::Value::ofBool(true);
      // No default: unset leaves DMS's own DDL policy (and the task settings) as they were.
      constant(b.field("ddl", types::boolean(),
              "Apply source DDL (dropped, truncated and altered tables) to the target during CDC; unset keeps DMS's default."));
      return b;
    }();
    static const KindSchema events = [] {
      KindSchema b{"events", "DMS event notifications to an SNS topic (one subscription per source type).", {}, {}};
      required(b.field("topic", types::ref("topic"), "The topic DMS publishes the events to."));
      b.field("task", types::listOf(types::oneOf({"failure", "state_change", "configuration_change", "creation", "deletion"})),
              "Event categories of the replication task; [] for none.")
          .default_value = list({enumValue("failure"), enumValue("state_change")});
      b.field("instance",
              types::listOf(types::oneOf({"failure", "failover", "low_storage", "maintenance", "configuration_change",
                                          "creation", "deletion"})),
              "Event categories of the replication instance; [] for none.")
          .default_value = list({enumValue("failure"), enumValue("failover"), enumValue("low_storage")});
      return b;
    }();
    KindSchema s{"pipeline", "DMS replication from a source to a cluster or database: instance, endpoints and task.", {}, {}};
    required(s.field("from", types::ref("source"), "The source database."));
    required(s.field("to", types::refOneOf({"cluster", "database"}), "The target: an Aurora cluster or an RDS database."));
    s.field("mode", types::oneOf({"full_load", "cdc", "full_load_and_cdc"}), "Full load, change data capture, or both.")
        .default_value = enumValue("full_load_and_cdc");
    s.field("key", types::ref("key"), "The KMS key for the replication instance's storage.");
    // One switch for both roles: AWS fixes their names per account, the DMS console creates
    // them together on first use, and the reason to skip them is the same for both (another
    // program or stack of the account already owns them).
    constant(s.field("account_roles", types::boolean(),
            "Create the account-wide roles DMS needs, dms-vpc-role and (with settings.logging) "
            "dms-cloudwatch-logs-role, in the account's bootstrap (deployed once per account, apart from "
            "the stack); false when the account already has them."))
        .default_value = ir::Value::ofBool(true);
    required(s.field("instance", types::block(instance), "The replication instance."));
    s.field("tables", types::block(tables), "Table selection.").default_value = emptyMap();
    s.field("settings", types::block(settings), "Task settings.").default_value = emptyMap();
    s.field("events", types::block(events), "Notify a topic of task failures and state changes, and instance incidents.");
    s.attribute("task_arn", types::string(), "The replication task ARN.");
    s.attribute("instance_arn", types::string(), "The replication instance ARN.");
    s.attribute("state_change", types::string(), "The task's state-change events, for a rule's `on`.");
    s.attribute("source_endpoint_arn", types::string(), "The DMS source endpoint ARN.");
    s.attribute("target_endpoint_arn", types::string(), "The DMS target endpoint ARN.");
    s.attribute("subnet_group_id", types::string(), "The replication subnet group identifier.");
    s.attribute("security_group_id", types::string(), "The replication instance's security group.");
    s.metric("target_lag", {"AWS/DMS", "CDCLatencyTarget", "Seconds", "ReplicationInstanceIdentifier,ReplicationTaskIdentifier"}, "Seconds the target lags behind the source.");
    s.metric("source_lag", {"AWS/DMS", "CDCLatencySource", "Seconds", "ReplicationInstanceIdentifier,ReplicationTaskIdentifier"}, "Seconds DMS lags behind the source log.");
    s.metric("cdc_changes", {"AWS/DMS", "CDCIncomingChanges", "Count", "ReplicationInstanceIdentifier,ReplicationTaskIdentifier"}, "Changes waiting to be applied.");
    s.metric("throughput_rows", {"AWS/DMS", "CDCThroughputRowsTarget", "Count/Second", "ReplicationInstanceIdentifier,ReplicationTaskIdentifier"},
             "Rows per second applied to the target.");
    s.metric("throughput_bandwidth", {"AWS/DMS", "CDCThroughputBandwidthTarget", "Kilobytes/Second", "ReplicationInstanceIdentifier,ReplicationTaskIdentifier"},
             "Kilobytes per second sent to the target.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
