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

from _common import botocore_model, cfnlint_json, meta, natural_key, write_table

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

# RDS for Oracle DB character sets (CharacterSetName). [doc: RDS User Guide, 'RDS for Oracle character sets',
# https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Appendix.OracleCharacterSets.html; transcribed 2026-12-07:
# AL32UTF8 through UTF8 read from the page that day, VN8MSWIN1258 through ZHT32EUC (the table's tail) from the same
# page as remembered, not re-read.] AL32UTF8 is RDS's default.
ORACLE_CHARACTER_SETS = [
    "AL32UTF8", "AR8ISO8859P6", "AR8MSWIN1256", "BLT8ISO8859P13", "BLT8MSWIN1257", "CL8ISO8859P5", "CL8MSWIN1251",
    "EE8ISO8859P2", "EL8ISO8859P7", "EE8MSWIN1250", "EL8MSWIN1253", "IW8ISO8859P8", "IW8MSWIN1255", "JA16EUC",
    "JA16EUCTILDE", "JA16SJIS", "JA16SJISTILDE", "KO16MSWIN949", "NE8ISO8859P10", "NEE8ISO8859P4", "TH8TISASCII",
    "TR8MSWIN1254", "US7ASCII", "UTF8", "VN8MSWIN1258", "WE8ISO8859P1", "WE8ISO8859P15", "WE8ISO8859P9",
    "WE8MSWIN1252", "ZHS16GBK", "ZHT16HKSCS", "ZHT16MSWIN950", "ZHT32EUC",
]
# Engines RDS sells under a license model of their own (cfn-lint's E3025 data keys their instance classes by
# Engine and LicenseModel): the models offered, the default first (license-included where offered), and the
# classes orderable in us-east-1 under each. The default class is the first of DEFAULT_CLASS_PREFERENCE that
# the default model offers: a `database`'s schema default (db.m6g.large, Graviton) runs neither Oracle nor SQL
# Server.
# Editions with no Multi-AZ deployment: RDS for SQL Server keeps a standby (Always On AGs or database mirroring)
# for the Standard and Enterprise editions only. [doc: RDS User Guide, 'Multi-AZ deployments for Amazon RDS for
# Microsoft SQL Server', https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_SQLServerMultiAZ.html;
# transcribed 2026-12-07.]
NO_MULTI_AZ = {"sqlserver-ex", "sqlserver-web"}
LICENSED = ["oracle-ee", "oracle-se2", "sqlserver-ee", "sqlserver-ex", "sqlserver-se", "sqlserver-web"]
LICENSE_ORDER = ["license-included", "bring-your-own-license"]
DEFAULT_CLASS_PREFERENCE = ["db.m6i.large", "db.m6i.xlarge", "db.t3.large", "db.t3.xlarge"]
CLASS_REGION = "us-east-1"

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


def licensed_classes():
    """{engine: {license model: [classes]}} for the LICENSED engines, from cfn-lint E3025 (us-east-1)."""
    doc, src = cfnlint_json("schemas/extensions/aws_rds_dbinstance/dbinstanceclass_enum.json")
    out = {}
    for rule in doc[CLASS_REGION]["allOf"]:
        p = rule["if"]["properties"]
        engine, model = p.get("Engine", {}).get("const"), (p.get("LicenseModel") or {}).get("const")
        if engine in LICENSED and model:
            out.setdefault(engine, {}).setdefault(model, set()).update(rule["then"]["properties"]["DBInstanceClass"]["enum"])
    return out, src


def main():
    rds, rds_src = botocore_model("rds")
    classes, classes_src = licensed_classes()
    dms, dms_src = botocore_model("dms")
    cluster = rds["shapes"]["CreateDBClusterMessage"]["members"]
    instance = rds["shapes"]["CreateDBInstanceMessage"]["members"]
    cluster_logs = labelled_lists(cluster["EnableCloudwatchLogsExports"]["documentation"])
    instance_logs = labelled_lists(instance["EnableCloudwatchLogsExports"]["documentation"])
    ports = labelled_ports(instance["Port"]["documentation"])
    ports.update(labelled_ports(cluster["Port"]["documentation"]))
    backtrack_max = int(re.search(r"from 0 to ([\d,]+)", strip(cluster["BacktrackWindow"]["documentation"]))
                        .group(1).replace(",", ""))
    # "RDS for Oracle - Must contain from 8 to 30 characters." (Aurora: CreateDBCluster's, "Must contain from 8
    # to 41 characters." without a label.)
    password_max = {label: int(n) for label, n in re.findall(
        r"(RDS for [A-Za-z ]+?) - Must contain from \d+ to (\d+) characters",
        strip(instance["MasterUserPassword"]["documentation"]))}
    aurora_password = re.search(r"Must contain from \d+ to (\d+) characters",
                                strip(cluster["MasterUserPassword"]["documentation"]))
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
        max_password = int(aurora_password.group(1)) if engine in AURORA else password_max.get(label)
        if max_password is None:
            raise SystemExit(f"botocore's MasterUserPassword documentation no longer bounds {label}")
        entry = {
            "aurora": engine in AURORA,
            "master_password_max": max_password,
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
        if engine in LICENSED:
            models = [m for m in LICENSE_ORDER if m in classes.get(engine, {})]
            if not models:
                raise SystemExit(f"cfn-lint lists no license model for {engine}")
            entry["license_models"] = models
            entry["instance_classes"] = {m: sorted(classes[engine][m], key=natural_key) for m in models}
            default = next((c for c in DEFAULT_CLASS_PREFERENCE if c in classes[engine][models[0]]), None)
            if default is None:
                raise SystemExit(f"{engine}: no class of DEFAULT_CLASS_PREFERENCE under {models[0]}")
            entry["default_instance_class"] = default
        if engine in NO_MULTI_AZ:
            entry["multi_az"] = False
        if engine.startswith("oracle-"):
            entry["character_sets"] = ORACLE_CHARACTER_SETS
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
             "version: engine_versions.json. license_models (Oracle, SQL Server; the default first), "
             f"instance_classes per license model ({CLASS_REGION}) and default_instance_class: cfn-lint's E3025 "
             "data, keyed by Engine and LicenseModel. character_sets (Oracle): the RDS User Guide's 'RDS for Oracle "
             "character sets', transcribed. multi_az = false: the edition has no Multi-AZ deployment (RDS User Guide, "
             "transcribed); absent = it has. master_password_max: the longest master password the engine takes "
             "(botocore's MasterUserPassword documentation; Aurora: CreateDBCluster's).")
    write_table("engine_facts.json", {
        "_meta": dict(meta(f"{rds_src} (CreateDBCluster/CreateDBInstance documentation) + {dms_src} "
                           f"(CreateEndpoint EngineName) + {classes_src} (E3025, by LicenseModel) + AWS "
                           "documentation (Aurora User Guide, DMS User Guide, RDS User Guide; transcribed)", notes),
                      retrieved=RETRIEVED),
        "engines": engines})


if __name__ == "__main__":
    main()
