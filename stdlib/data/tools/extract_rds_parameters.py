#!/usr/bin/env python3
"""rds_parameters.json <- AWS documentation knowledge (RDS for PostgreSQL / Aurora PostgreSQL parameter
reference pages), TRANSCRIBED here. Not a snapshot of describe-engine-default(-cluster)-parameters.

Refresh: python3 stdlib/data/tools/extract_rds_parameters.py   (edit PARAMS below to change data)
"""
from _common import meta, write_table

MAJORS = ["13", "14", "15", "16", "17"]
BOOL = ["0", "1"]
# name -> definition.  apply_type: static = needs reboot (TF/Pulumi apply_method "pending-reboot");
# aurora_level: where Aurora PostgreSQL accepts it (cluster = DB cluster parameter group only,
# both = cluster and DB (instance) parameter group; the instance value overrides the cluster value).
PARAMS = {
    "log_connections": {"type": "boolean", "allowed_values": BOOL, "apply_type": "dynamic", "aurora_level": "both",
                        "description": "log each successful connection (audit)"},
    "log_disconnections": {"type": "boolean", "allowed_values": BOOL, "apply_type": "dynamic",
                           "aurora_level": "both", "description": "log session end and duration (audit)"},
    "log_min_duration_statement": {"type": "integer", "min": -1, "max": 2147483647, "unit": "ms",
                                   "apply_type": "dynamic", "aurora_level": "both",
                                   "description": "log statements running at least this long; -1 disables, 0 logs all"},
    "log_statement": {"type": "string", "allowed_values": ["none", "ddl", "mod", "all"], "apply_type": "dynamic",
                      "aurora_level": "both", "seeds": ["000", "004"],
                      "description": "which SQL statements are logged (seed 000: all)"},
    "max_replication_slots": {"type": "integer", "min": 0, "apply_type": "static", "aurora_level": "cluster",
                              "description": "CDC source prerequisite (DMS needs >= 1 free slot per task)"},
    "max_wal_senders": {"type": "integer", "min": 0, "apply_type": "static", "aurora_level": "cluster",
                        "description": "CDC source prerequisite (concurrent WAL sender processes)"},
    "pgaudit.log": {"type": "list", "allowed_values": ["none", "all", "ddl", "function", "misc", "misc_set",
                                                       "read", "role", "write"],
                    "apply_type": "dynamic", "aurora_level": "both",
                    "description": "pgaudit statement classes, comma-separated, '-' prefix excludes; "
                                   "requires pgaudit in shared_preload_libraries (and CREATE EXTENSION pgaudit)"},
    "rds.force_ssl": {"type": "boolean", "allowed_values": BOOL, "apply_type": "dynamic", "aurora_level": "cluster",
                      "seeds": ["000", "004"],
                      "description": "reject non-SSL connections; RDS for PostgreSQL 15+ defaults to 1, "
                                     "earlier majors to 0"},
    "rds.logical_replication": {"type": "boolean", "allowed_values": BOOL, "apply_type": "static",
                                "aurora_level": "cluster",
                                "description": "1 sets wal_level=logical (wal_level itself is not modifiable on "
                                               "RDS/Aurora); needed when the RDS/Aurora DB is a DMS CDC source"},
    "shared_preload_libraries": {"type": "list", "apply_type": "static", "aurora_level": "both",
                                 "common_values": ["auto_explain", "pg_cron", "pg_hint_plan", "pg_stat_statements",
                                                   "pg_tle", "pgaudit", "pglogical"],
                                 "description": "comma-separated libraries; the valid set varies by engine version"},
    "ssl_min_protocol_version": {"type": "string", "allowed_values": ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"],
                                 "apply_type": "dynamic", "aurora_level": "cluster",
                                 "description": "minimum TLS version accepted by the server"},
    "track_commit_timestamp": {"type": "boolean", "allowed_values": BOOL, "apply_type": "static",
                               "aurora_level": "cluster", "description": "record commit timestamps"},
    "wal_sender_timeout": {"type": "integer", "min": 0, "unit": "ms", "apply_type": "dynamic",
                           "aurora_level": "cluster",
                           "description": "terminate inactive replication connections; 0 disables"},
}


def main():
    families = {}
    for major in MAJORS:
        cluster = sorted(n for n, p in PARAMS.items() if p["aurora_level"] in ("cluster", "both"))
        instance = sorted(n for n, p in PARAMS.items() if p["aurora_level"] == "both")
        families[f"aurora-postgresql{major}"] = {"cluster_parameters": cluster, "engine": "aurora-postgresql",
                                                 "instance_parameters": instance, "major": major}
        families[f"postgres{major}"] = {"engine": "postgres", "instance_parameters": sorted(PARAMS), "major": major}
    notes = ("AWS documentation knowledge (RDS for PostgreSQL and Aurora PostgreSQL parameter pages), not a "
             "snapshot of describe-engine-default-parameters; verify ranges/levels against a real family "
             "default before making them hard errors. Same parameter set for majors " + ", ".join(MAJORS) + ". "
             "aurora_level: cluster = only in the DB cluster parameter group (AWS::RDS::DBClusterParameterGroup / "
             "aws_rds_cluster_parameter_group); both = also in the DB parameter group (instance value overrides). "
             "postgresNN (RDS for PostgreSQL, single-instance/Multi-AZ instance) has only the DB parameter group. "
             "apply_type static => TF/Pulumi apply_method must be 'pending-reboot' (CFN has no apply method). "
             "Values are strings as RDS stores them. 'seeds' = seed IDs that use the parameter.")
    write_table("rds_parameters.json", {
        "_meta": meta("AWS documentation knowledge (Amazon RDS User Guide 'Working with parameters on your RDS "
                      "for PostgreSQL DB instance'; Aurora User Guide 'Amazon Aurora PostgreSQL parameters'), "
                      "transcribed", notes),
        "families": families, "parameters": PARAMS})


if __name__ == "__main__":
    main()
