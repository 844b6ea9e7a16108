// An RDS (non-Aurora) DB instance. A separate kind from `cluster` because
// the two are different products with different knobs: an instance has its
// own storage (size, type, IOPS) and a Multi-AZ standby instead of readers
// and a shared cluster volume, and its CloudWatch metrics are keyed by
// DBInstanceIdentifier, not DBClusterIdentifier. The field names it shares
// with `cluster` (engine, network, credentials, key, database, port,
// parameters, log_exports, backup, insights) mean the same thing, so a
// pipeline may write to either.
#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

const KindSchema& databaseSchema() {
  static const KindSchema schema = [] {
    static const KindSchema backup = rdsBackupBlock();
    static const KindSchema insights = insightsBlock("Performance Insights on the instance.");
    KindSchema s{"database",
                 "The target database as an RDS DB instance (not Aurora): PostgreSQL, MySQL, MariaDB, Oracle (EE, "
                 "SE2) or SQL Server (EE, SE, Express, Web); Multi-AZ by default, in the network's private subnets, "
                 "encrypted.",
                 {},
                 {}};
    required(s.field("engine", types::engine(), "Engine and version, e.g. postgres(\"16.4\"), mysql(\"8.0.39\"), "
                                                 "mariadb(\"10.11.9\"), oracle_se2(\"19\") or sqlserver_se(\"16.00.4245.2.v1\")."));
    required(s.field("network", types::ref("network"), "The network whose private subnets host the instance."));
    required(s.field("credentials", types::ref("secret"), "The secret holding the master user name and password."));
    s.field("instance_class", types::string(), "The DB instance class, e.g. \"db.m6g.large\".")
        .default_value = str("db.m6g.large");
    s.field("multi_az", types::boolean(), "Keep a synchronous standby in a second zone that RDS fails over to.")
        .default_value = ir::Value::ofBool(true);
    FieldSchema& storage = s.field("storage", types::size(), "Allocated storage (20 GiB to 64 TiB; io1/io2 need 100 GiB).");
    storage.default_value = gib(100);
    storage.min = 20 * kGiB;
    storage.max = 65536 * kGiB;
    s.field("storage_type", types::oneOf({"gp3", "gp2", "io1", "io2"}), "The EBS volume type of the storage.")
        .default_value = enumValue("gp3");
    FieldSchema& iops = s.field("iops", types::integer(), "Provisioned IOPS; required for io1/io2, optional for gp3 of 400 GiB or more.");
    iops.min = 1000;
    iops.max = 256000;
    s.field("database", types::string(), "The initial database name (Oracle: the SID, at most 8 letters and digits; "
                                          "SQL Server creates none: the database a pipeline loads, created before it).")
        .default_value = str("app");
    s.field("license_model", types::oneOf({"license_included", "bring_your_own_license"}),
            "Oracle and SQL Server only: the license in the hourly price, or one already owned (default: the "
            "engine's first offered model; Oracle EE is bring_your_own_license only, SQL Server license_included only).");
    s.field("character_set", types::string(),
            "Oracle only: the DB character set, fixed at creation (default AL32UTF8), e.g. \"WE8MSWIN1252\".");
    FieldSchema& port = s.field("port", types::integer(), "The port clients connect to (default: the engine's; the value shown is PostgreSQL's, and MySQL, "
                                      "MariaDB, Oracle and SQL Server engines default to their own port).");
    port.default_value = ir::Value::ofInt(5432);
    port.min = 1150;
    port.max = 65535;
    s.field("parameters", types::mapOf(types::any()), "DB parameter group settings, e.g. { log_min_duration_statement = 1000 }.")
        .default_value = emptyMap();
    s.field("key", types::ref("key"), "The KMS key for storage encryption (default: the AWS-managed RDS key).");
    s.field("log_exports", types::listOf(types::string()), "Log types exported to CloudWatch Logs (default: the engine's general logs; the value shown is "
                "PostgreSQL's, and a MySQL engine exports audit, error, general and slowquery).")
        .default_value = list({str("postgresql")});
    s.field("backup", types::block(backup), "Backup settings.").default_value = emptyMap();
    s.field("insights", types::block(insights), "Performance Insights settings.").default_value = emptyMap();
    s.field("clients", types::listOf(types::refOneOf({"service", "security_group"})),
            "Services and security groups admitted on the port (ingress from their security group, egress to this "
            "one); a service whose environment or secrets refer to this database is admitted without being listed.");
    s.attribute("endpoint", types::string(), "The instance's host name (it follows a Multi-AZ failover).");
    s.attribute("arn", types::string(), "The instance ARN.");
    s.attribute("id", types::string(), "The DB instance identifier.");
    s.attribute("port", types::integer(), "The port.");
    s.attribute("security_group_id", types::string(), "The security group of the instance.");
    s.metric("cpu", {"AWS/RDS", "CPUUtilization", "Percent", "DBInstanceIdentifier"}, "CPU utilisation of the instance.");
    s.metric("connections", {"AWS/RDS", "DatabaseConnections", "Count", "DBInstanceIdentifier"}, "Open database connections.");
    s.metric("free_storage", {"AWS/RDS", "FreeStorageSpace", "Bytes", "DBInstanceIdentifier"}, "Free allocated storage.");
    s.metric("free_memory", {"AWS/RDS", "FreeableMemory", "Bytes", "DBInstanceIdentifier"}, "Freeable memory.");
    s.metric("read_latency", {"AWS/RDS", "ReadLatency", "Seconds", "DBInstanceIdentifier"}, "Average time per disk read.");
    s.metric("write_latency", {"AWS/RDS", "WriteLatency", "Seconds", "DBInstanceIdentifier"}, "Average time per disk write.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
