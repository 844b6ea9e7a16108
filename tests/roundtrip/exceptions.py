"""What a program states that is not a plain value of its resources, each with why:
documentation fields, values other fields make meaningless, values a diagnostic or the
runbook carries, values written as resource counts or in parts, and the values no
target writes yet (printed as KNOWN on every run). roundtrip.py reads these tables."""

# IR fields that state no value of their own in any resource: (kind, field) -> why.
NOT_A_VALUE = {
    ("*", "description"): "documentation, written where a target has a description",
    ("*", "region"): "where the resources live: Terraform's provider alias, CloudFormation's template "
                     "per region, Pulumi's explicit provider (not a property value)",
    ("source", "engine"): "a source's engine version is checked against DMS's supported versions at compile "
                          "time; no AWS resource takes it (the engine name is written as engine_name)",
    ("function", "code"): "packaged into assets/<name>.zip, which tests/examples checks",
    ("pipeline", "instance.min_memory"): "chooses the replication instance class (compiler/checks), "
                                         "which is written",
}
# Fields the program's other fields make meaningless: (kind, field) -> (when, why).
UNUSED_WHEN = {
    ("secret", "password_length"): (lambda f: f.get("generate") == "false", "no password is generated"),
    ("cluster", "instance_class"): (lambda f: "serverless" in f, "serverless instances are db.serverless"),
    ("cluster", "database"): (lambda f: "secondary_of" in f, "a secondary cluster of a global database "
                                                              "replicates the primary's databases"),
    ("service", "ssl_policy"): (lambda f: not f.get("certificate"), "no HTTPS listener without a certificate"),
    ("table", "read_capacity"): (lambda f: f.get("billing") == "on_demand", "on-demand tables have no capacity"),
    ("table", "write_capacity"): (lambda f: f.get("billing") == "on_demand", "on-demand tables have no capacity"),
}
# The same for a field of a list item: (kind, list, field) -> (when the item says so, why).
UNUSED_IN_ITEM = {
    ("dashboard", "widget", "period"): (lambda w: "text" in w or "query" in w,
                                        "text and log widgets have no period (its default is unused)"),
}
# Values no target writes today, each a defect to fix (issue 14): (kind, field) -> (when, what).
KNOWN_DEFECTS = {}
# Values no target can express, each reported by a diagnostic `migc check` prints:
# (kind, field) -> (code, why). The test fails when the code is not printed.
DIAGNOSED = {
    ("server_migration", "replication_instance_type"): (
        "MIG3030", "MGN's replication configuration template has no resource in any target"),
    ("server_migration", "key"): (
        "MIG3030", "the staging disks' key is part of MGN's replication configuration template"),
}
# Values written to the runbook (runbook.md) rather than a resource: (kind, field) -> (when, why).
RUNBOOK = {
    ("cutover", "phase.gate"): (lambda f: True,
                                "a gate is a metric condition the operator checks before entering the phase"),
    # A secret set out of band is created empty; the runbook's "Secrets to fill" shows the JSON to put.
    ("secret", "username"): (lambda f: f.get("generate") == "false",
                             "a secret set out of band: the runbook shows the JSON to put, username included"),
    # DMS reads a source's whole login from its secret (SecretsManagerSecretId): no endpoint
    # property holds the host or port, the secret the runbook asks for does.
    ("source", "host"): (lambda f: True, "DMS reads the source's host from its secret, filled by the runbook's step"),
    ("source", "port"): (lambda f: True, "DMS reads the source's port from its secret, filled by the runbook's step"),
}
# Values only some kinds write, when they reach the declaration: (kind, field) -> (kinds, what).
# A value no such declaration reaches is written nowhere: printed as KNOWN, a defect to fix.
WRITTEN_BY = {
    ("network", "onprem_cidrs"): ({"pipeline", "vpn", "server_migration"},
                                  "no pipeline, VPN or server migration reaches this network, and no database's "
                                  "security group admits on-premises ranges: the ranges are written nowhere"),
}
# Booleans and enum words say which resources or mechanisms exist rather than a value
# (`generate = true`, `nat = none`): the resources checked above show them.


# Values written in parts: (kind, field) -> separator ("schema.table" -> schema-name, table-name).
SPLIT = {("pipeline", "tables"): "."}

# Fields that say how many resources exist rather than a value: (kind, field) ->
# (the resource type counted, how many the program's fields ask for).
COUNTS = {
    ("network", "zones"): ("aws_subnet", lambda f: f["zones"] * (2 if f.get("public_subnets") == "true" else 1)),
    ("cluster", "readers"): ("aws_rds_cluster_instance", lambda f: f["readers"] + f.get("writers", 1)),
    ("cluster", "writers"): ("aws_rds_cluster_instance", lambda f: f["readers"] + f.get("writers", 1)),
}


# Kinds that create nothing by design (lower/registry.cpp: KindLowering::none).
NOTHING_CREATED = {"policy", "source"}
