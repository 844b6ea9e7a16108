#!/usr/bin/env python3
"""engine_facts.json <- per RDS/Aurora engine: default port, the log types CloudWatch Logs can export,
backtrack, Aurora Serverless v2 (minimum version, auto-pause) and the DMS endpoint engine names.

Ports, log types and the backtrack bound are parsed from the RDS API documentation strings botocore ships
(CreateDBCluster / CreateDBInstance); the DMS engine names are checked against the EngineName values the DMS
API model documents. Serverless v2 version thresholds are transcribed from the Aurora User Guide (botocore
says only "for Aurora versions that support auto-pause"). Parameter-group families per version are in
engine_versions.json; parameter names and values in rds_parameters.json (PostgreSQL families only).

Refresh: python3 stdlib/data/tools/extract_engine_facts.py   (edit SERVERLESS_V2 / DMS below for doc data)
"""
import re

from _common import botocore_model, meta, write_table

RETRIEVED = "2026-12-07"

ENGINES = ["aurora-mysql", "aurora-postgresql", "mariadb", "mysql", "oracle-ee", "oracle-se2", "postgres",
           "sqlserver-ee", "sqlserver-ex", "sqlserver-se", "sqlserver-web"]
# The labels the RDS API documentation uses, per engine.
LABELS = {
    "aurora-mysql": ["Aurora MySQL"], "aurora-postgresql": ["Aurora PostgreSQL"],
    "mariadb": ["RDS for MariaDB"], "mysql": ["RDS for MySQL"], "postgres": ["RDS for PostgreSQL"],
    "oracle-ee": ["RDS for Oracle"], "oracle-se2": ["RDS for Oracle"],
    "sqlserver-ee": ["RDS for Microsoft SQL Server"], "sqlserver-ex": ["RDS for Microsoft SQL Server"],
    "sqlserver-se": ["RDS for Microsoft SQL Server"], "sqlserver-web": ["RDS for Microsoft SQL Server"],
}
AURORA = {"aurora-mysql", "aurora-postgresql"}

# DMS endpoint engine names (DMS User Guide, 'Sources for data migration' / 'Targets for data migration';
# the values are checked against the DMS API's EngineName list below). source: an RDS/Aurora database of this
# engine read by DMS; target: the same written by DMS; onprem: a self-managed database of this family (what a
# `source` declaration is: on premises or on EC2). Aurora MySQL is "aurora" both ways.
DMS = {
    "aurora-mysql": {"source": "aurora", "target": "aurora", "onprem": "mysql"},
    "aurora-postgresql": {"source": "aurora-postgresql", "target": "aurora-postgresql", "onprem": "postgres"},
    "mariadb": {"source": "mariadb", "target": "mariadb", "onprem": "mariadb"},
    "mysql": {"source": "mysql", "target": "mysql", "onprem": "mysql"},
    "oracle-ee": {"source": "oracle", "target": "oracle", "onprem": "oracle"},
    "oracle-se2": {"source": "oracle", "target": "oracle", "onprem": "oracle"},
    "postgres": {"source": "postgres", "target": "postgres", "onprem": "postgres"},
    "sqlserver-ee": {"source": "sqlserver", "target": "sqlserver", "onprem": "sqlserver"},
    "sqlserver-ex": {"source": "sqlserver", "target": "sqlserver", "onprem": "sqlserver"},
    "sqlserver-se": {"source": "sqlserver", "target": "sqlserver", "onprem": "sqlserver"},
    "sqlserver-web": {"source": "sqlserver", "target": "sqlserver", "onprem": "sqlserver"},
}

# Aurora Serverless v2, per engine major: the first version that offers it ('from') and the first with
# auto-pause, i.e. min_capacity 0 ('auto_pause_from'). A major above every key has both; one below every key has
# neither. [doc: Aurora User Guide, 'Supported Regions and Aurora DB engines for Aurora Serverless v2' and
# 'Aurora Serverless v2 capacity'.] Verification (2026-12): auto_pause_from matches the versions named with
# the auto-pause launch (PostgreSQL 13.15, 14.12, 15.7, 16.3; MySQL 3.08.0); the MySQL 'from' (3.02.0) matches
# the User Guide's region table; the PostgreSQL 'from' versions were transcribed and not re-read against the
# live page. Not tabled: the 256-ACU maximum, which AWS ties to the engine version *and* the platform version
# (ServerlessV2FeaturesSupport.MaxCapacity), so no compile-time table can decide it.
SERVERLESS_V2 = {
    "aurora-postgresql": {
        "from": {"13": "13.6", "14": "14.3", "15": "15.2", "16": "16.1", "17": "17.4"},
        "auto_pause_from": {"13": "13.15", "14": "14.12", "15": "15.7", "16": "16.3", "17": "17.4"},
    },
    "aurora-mysql": {
        "from": {"8.0": "8.0.mysql_aurora.3.02.0"},
        "auto_pause_from": {"8.0": "8.0.mysql_aurora.3.08.0"},
    },
}

# The log types a database exports when the program leaves `log_exports` out: each engine's general-purpose
# logs (a subset of its log_exports), so a MySQL cluster does not inherit PostgreSQL's ["postgresql"].
# SQL Server Express has no SQL Server Agent, hence no agent log.
DEFAULT_LOG_EXPORTS = {
    "aurora-mysql": ["audit", "error", "general", "slowquery"], "mysql": ["audit", "error", "general", "slowquery"],
    "mariadb": ["audit", "error", "general", "slowquery"],
    "aurora-postgresql": ["postgresql"], "postgres": ["postgresql"],
    "oracle-ee": ["alert", "audit", "listener", "trace"], "oracle-se2": ["alert", "audit", "listener", "trace"],
    "sqlserver-ee": ["agent", "error"], "sqlserver-se": ["agent", "error"], "sqlserver-web": ["agent", "error"],
    "sqlserver-ex": ["error"],
}

# What a self-managed database of the engine's family must have before DMS can capture its changes (CDC), as
# the runbook states them. [doc: DMS User Guide, 'Using a PostgreSQL / MySQL / Oracle / Microsoft SQL Server
# database as a source', prerequisites for ongoing replication; transcribed.] migc cannot see the source's
# settings, so these are runbook steps and a note (MIG2127), not checks.
CDC_PREREQUISITES = {
    "postgres": [
        "wal_level = logical (postgresql.conf; restart)",
        "max_replication_slots and max_wal_senders at least the DMS tasks reading the database plus those in use",
        "the DMS user has the REPLICATION attribute (or superuser) and SELECT on the migrated tables",
        "every migrated table has a primary key (or REPLICA IDENTITY FULL), or DMS skips its updates and deletes",
    ],
    "mysql": [
        "binary logging on (log_bin) with binlog_format = ROW and binlog_row_image = FULL",
        "binary logs kept at least 24 hours (binlog_expire_logs_seconds >= 86400), longer than any task pause",
        "binlog_checksum = NONE for DMS engine versions before 3.4.7",
        "the DMS user granted REPLICATION CLIENT, REPLICATION SLAVE and SELECT on the migrated tables",
    ],
    "oracle": [
        "the database in ARCHIVELOG mode, with archived redo logs kept at least 24 hours",
        "minimal supplemental logging at database level (ALTER DATABASE ADD SUPPLEMENTAL LOG DATA)",
        "primary-key supplemental logging on every migrated table (ALTER TABLE ... ADD SUPPLEMENTAL LOG DATA "
        "(PRIMARY KEY) COLUMNS), all columns for tables without a primary key",
        "the DMS user granted LogMiner (or Binary Reader) access: SELECT on V_$LOGMNR_LOGS, V_$ARCHIVED_LOG and "
        "the migrated tables, EXECUTE on DBMS_LOGMNR",
    ],
    "sqlserver": [
        "the database in the FULL recovery model, with a full backup taken",
        "MS-CDC enabled on the database (sys.sp_cdc_enable_db) and on every migrated table, or MS-Replication "
        "(a publication) for the tables with a primary key",
        "SQL Server Agent running (MS-CDC capture jobs); change data kept longer than any task pause",
        "the DMS user a member of db_owner on the database (sysadmin for MS-Replication)",
    ],
}
CDC_PREREQUISITES["mariadb"] = CDC_PREREQUISITES["mysql"]

PARAMETER_COVERAGE = {
    "aurora-postgresql": "rds_parameters.json (audit, TLS and CDC parameters; a partial list)",
    "postgres": "rds_parameters.json (audit, TLS and CDC parameters; a partial list)",
}


def strip(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


def labelled_lists(doc):
    """{'Aurora MySQL': ['audit', ...]} from '<li><p>Aurora MySQL - <code>audit | error</code>' items."""
    out = {}
    for label, values in re.findall(r"<li>\s*<p>\s*([^<]+?)\s*-\s*<code>([^<]+)</code>", doc):
        out[label.strip()] = [v.strip() for v in values.split("|")]
    return out


def labelled_ports(doc):
    """{'RDS for MariaDB': 3306, 'Aurora MySQL': 3306} from the Port documentation."""
    out = {}
    for labels, port in re.findall(r"<li>\s*<p>\s*([^<]+?)\s*-\s*<code>(\d+)</code>", doc):
        for label in re.split(r"\s+and\s+", labels.strip()):
            out[label.strip() if label.startswith(("RDS", "Aurora")) else "RDS for " + label.strip()] = int(port)
    return out


def main():
    rds, rds_src = botocore_model("rds")
    dms, dms_src = botocore_model("dms")
    cluster = rds["shapes"]["CreateDBClusterMessage"]["members"]
    instance = rds["shapes"]["CreateDBInstanceMessage"]["members"]
    cluster_logs = labelled_lists(cluster["EnableCloudwatchLogsExports"]["documentation"])
    instance_logs = labelled_lists(instance["EnableCloudwatchLogsExports"]["documentation"])
    ports = labelled_ports(instance["Port"]["documentation"])
    ports.update(labelled_ports(cluster["Port"]["documentation"]))
    backtrack_max = int(re.search(r"from 0 to ([\d,]+)", strip(cluster["BacktrackWindow"]["documentation"]))
                        .group(1).replace(",", ""))
    dms_names = set(re.findall(r'<code>"?([a-z0-9-]+)"?</code>',
                               dms["shapes"]["CreateEndpointMessage"]["members"]["EngineName"]["documentation"]))
    engines = {}
    for engine in ENGINES:
        label = LABELS[engine][0]
        logs = (cluster_logs if engine in AURORA else instance_logs).get(label)
        if logs is None or label not in ports:
            raise SystemExit(f"botocore's RDS documentation no longer lists {label}: update LABELS")
        if not set(DEFAULT_LOG_EXPORTS[engine]) <= set(logs):
            raise SystemExit(f"{engine}: DEFAULT_LOG_EXPORTS has a log type RDS does not export")
        for role, name in DMS[engine].items():
            if name not in dms_names:
                raise SystemExit(f"DMS EngineName '{name}' ({engine} {role}) is not in the DMS API's list")
        entry = {
            "aurora": engine in AURORA,
            "backtrack_max_seconds": backtrack_max if engine == "aurora-mysql" else 0,
            "default_port": ports[label],
            "cdc_prerequisites": CDC_PREREQUISITES[DMS[engine]["onprem"]],
            "default_log_exports": DEFAULT_LOG_EXPORTS[engine],
            "dms_engine_name": DMS[engine],
            "log_exports": logs,
            "parameters": PARAMETER_COVERAGE.get(engine, "not covered: no local machine-readable source"),
        }
        if engine in SERVERLESS_V2:
            entry["serverless_v2"] = SERVERLESS_V2[engine]
        engines[engine] = entry
    notes = ("default_port, log_exports (Aurora: CreateDBCluster's list; others: CreateDBInstance's) and "
             "backtrack_max_seconds (0 = no backtrack; Aurora MySQL only) are parsed from the botocore RDS "
             "documentation strings. dms_engine_name: the DMS endpoint EngineName for this engine as a DMS source "
             "and target, and for a self-managed (on-premises) database of its family; each value is in the DMS "
             "API's EngineName list. serverless_v2: per major, the first version with Serverless v2 ('from') and "
             "with auto-pause at 0 ACUs ('auto_pause_from'), transcribed from the Aurora User Guide "
             "(auto_pause_from and the MySQL 'from' checked against a second source; the PostgreSQL 'from' "
             "versions unverified). default_log_exports: what `log_exports` defaults to (a subset of log_exports). "
             "cdc_prerequisites: what a self-managed source of the engine's family needs for DMS CDC, transcribed "
             "from the DMS User Guide (runbook steps). parameters: where parameter names and "
             "values are checked; neither cfn-lint nor botocore ship describe-engine-default-parameters data, so "
             "MySQL, MariaDB, Oracle and SQL Server parameters are not covered. Parameter-group families per "
             "version: engine_versions.json.")
    write_table("engine_facts.json", {
        "_meta": dict(meta(f"{rds_src} (CreateDBCluster/CreateDBInstance documentation) + {dms_src} "
                           "(CreateEndpoint EngineName) + AWS documentation (Aurora User Guide, DMS User Guide; "
                           "transcribed)", notes), retrieved=RETRIEVED),
        "engines": engines})


if __name__ == "__main__":
    main()
