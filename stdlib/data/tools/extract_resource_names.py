#!/usr/bin/env python3
"""resource_names.json <- the identifier properties of every resource type migc emits: length, characters,
first/last character, reserved prefixes and suffixes.

Lengths and patterns come from the CloudFormation registry schemas cfn-lint ships (us-east-1). Where a
schema says nothing (many DMS, ELB, ECS and RDS group names are a bare "string"), the rule is AWS's
documented one, transcribed below with the page it comes from; each rule lists which of its fields came from
the schema ("from_schema") and which from the documentation ("documented").

Refresh: python3 stdlib/data/tools/extract_resource_names.py   (edit RULES below to change documented data)
"""
import re

from _common import cfn_resource_schema, meta, pointer, write_table

RETRIEVED = "2026-12-07"

ALNUM = "A-Za-z0-9"
LOWER_ALNUM = "a-z0-9"
# \w in the schemas' (Java/ECMAScript) patterns: letters, digits and underscore.
WORD = "A-Za-z0-9_"

# Documentation pages the transcribed rules come from.
DOC = {
    "rds": "Amazon RDS User Guide, 'Naming constraints in Amazon RDS' + RDS API CreateDBCluster/CreateDBInstance/"
           "CreateDBSubnetGroup/CreateDBParameterGroup",
    "dms": "AWS DMS API Reference, CreateReplicationInstance/CreateEndpoint/CreateReplicationTask/"
           "CreateReplicationSubnetGroup/CreateEventSubscription (identifier constraints)",
    "elb": "Elastic Load Balancing API Reference, CreateLoadBalancer/CreateTargetGroup (Name constraints)",
    "ec2sg": "Amazon EC2 API Reference, CreateSecurityGroup (GroupName: up to 255 characters, cannot start with sg-)",
    "s3": "Amazon S3 User Guide, 'General purpose bucket naming rules'",
    "secrets": "AWS Secrets Manager API Reference, CreateSecret (Name)",
    "ssm": "AWS Systems Manager User Guide, 'Parameter naming' (hierarchy of at most 15 levels; aws/ssm reserved)",
    "sns": "Amazon SNS API Reference, CreateTopic (Name: 1-256 letters, digits, hyphens, underscores)",
    "kms": "AWS KMS API Reference, CreateAlias (AliasName: cannot begin with alias/aws/)",
    "lambda": "AWS Lambda API Reference, CreateFunction (FunctionName)",
    "cw": "Amazon CloudWatch API Reference, PutMetricAlarm (AlarmName) / PutDashboard (DashboardName)",
    "ddb": "Amazon DynamoDB Developer Guide, 'Naming rules' (tables: 3-255 of a-z A-Z 0-9 _ - .)",
    "ecs": "Amazon ECS API Reference, CreateCluster/CreateService/RegisterTaskDefinition (up to 255 letters, "
           "numbers, underscores, hyphens)",
    "backup": "AWS Backup API Reference, CreateBackupPlan/CreateBackupSelection (names: 1-50 of a-z A-Z 0-9 - _ .)",
    "r53": "Amazon Route 53 Developer Guide, 'DNS domain name format' (at most 255 bytes, labels of 63)",
    "iam": "IAM User Guide, 'IAM object quotas' (role names 64, inline policy names 128)",
}

# (CloudFormation type, property path, [(Terraform type, argument)], what it names, documented rule or None)
RULES = [
    ("AWS::RDS::DBCluster", "DBClusterIdentifier", [("aws_rds_cluster", "cluster_identifier")],
     "RDS DB cluster identifier",
     {"doc": "rds", "first": "letter", "last": "alnum", "no_double_hyphen": True, "stored_lowercase": True}),
    ("AWS::RDS::DBInstance", "DBInstanceIdentifier",
     [("aws_rds_cluster_instance", "identifier"), ("aws_db_instance", "identifier")],
     "RDS DB instance identifier",
     {"doc": "rds", "first": "letter", "last": "alnum", "no_double_hyphen": True, "stored_lowercase": True}),
    ("AWS::RDS::GlobalCluster", "GlobalClusterIdentifier", [("aws_rds_global_cluster", "global_cluster_identifier")],
     "Aurora global cluster identifier",
     {"doc": "rds", "first": "letter", "last": "alnum", "no_double_hyphen": True, "stored_lowercase": True}),
    ("AWS::RDS::DBSubnetGroup", "DBSubnetGroupName", [("aws_db_subnet_group", "name")],
     "RDS DB subnet group name",
     {"doc": "rds", "max_length": 255, "charset": ALNUM + " ._-", "reserved_names": ["default"],
      "stored_lowercase": True}),
    ("AWS::RDS::DBParameterGroup", "DBParameterGroupName", [("aws_db_parameter_group", "name")],
     "RDS DB parameter group name",
     {"doc": "rds", "max_length": 255, "charset": ALNUM + "-", "first": "letter", "last": "alnum",
      "no_double_hyphen": True, "stored_lowercase": True}),
    ("AWS::RDS::DBClusterParameterGroup", "DBClusterParameterGroupName",
     [("aws_rds_cluster_parameter_group", "name")], "RDS DB cluster parameter group name",
     {"doc": "rds", "max_length": 255, "charset": ALNUM + "-", "first": "letter", "last": "alnum",
      "no_double_hyphen": True, "stored_lowercase": True}),
    ("AWS::DMS::ReplicationInstance", "ReplicationInstanceIdentifier",
     [("aws_dms_replication_instance", "replication_instance_id")], "DMS replication instance identifier",
     {"doc": "dms", "min_length": 1, "max_length": 63, "charset": ALNUM + "-", "first": "letter", "last": "alnum",
      "no_double_hyphen": True, "stored_lowercase": True}),
    ("AWS::DMS::Endpoint", "EndpointIdentifier", [("aws_dms_endpoint", "endpoint_id")], "DMS endpoint identifier",
     {"doc": "dms", "min_length": 1, "max_length": 255, "charset": ALNUM + "-", "first": "letter",
      "last": "alnum", "no_double_hyphen": True}),
    ("AWS::DMS::ReplicationTask", "ReplicationTaskIdentifier", [("aws_dms_replication_task", "replication_task_id")],
     "DMS replication task identifier",
     {"doc": "dms", "min_length": 1, "max_length": 255, "charset": ALNUM + "-", "first": "letter",
      "last": "alnum", "no_double_hyphen": True}),
    ("AWS::DMS::ReplicationSubnetGroup", "ReplicationSubnetGroupIdentifier",
     [("aws_dms_replication_subnet_group", "replication_subnet_group_id")], "DMS replication subnet group identifier",
     {"doc": "dms", "max_length": 255, "charset": ALNUM + " ._-", "reserved_names": ["default"],
      "stored_lowercase": True}),
    ("AWS::DMS::EventSubscription", "SubscriptionName", [("aws_dms_event_subscription", "name")],
     "DMS event subscription name", {"doc": "dms", "min_length": 1, "max_length": 255}),
    ("AWS::IAM::Role", "RoleName", [("aws_iam_role", "name")], "IAM role name", {"doc": "iam"}),
    ("AWS::IAM::RolePolicy", "PolicyName", [("aws_iam_role_policy", "name")], "IAM inline policy name",
     {"doc": "iam"}),
    ("AWS::ElasticLoadBalancingV2::LoadBalancer", "Name", [("aws_lb", "name")], "load balancer name",
     {"doc": "elb", "min_length": 1, "max_length": 32, "charset": ALNUM + "-", "first": "alnum", "last": "alnum",
      "reserved_prefixes": ["internal-"]}),
    ("AWS::ElasticLoadBalancingV2::TargetGroup", "Name", [("aws_lb_target_group", "name")], "target group name",
     {"doc": "elb", "min_length": 1, "max_length": 32, "charset": ALNUM + "-", "first": "alnum", "last": "alnum"}),
    ("AWS::S3::Bucket", "BucketName", [("aws_s3_bucket", "bucket")], "S3 bucket name",
     {"doc": "s3", "min_length": 3, "first": "lower_alnum", "last": "lower_alnum",
      "forbidden_substrings": [".."],
      "reserved_prefixes": ["xn--", "sthree-", "amzn-s3-demo-"],
      "reserved_suffixes": ["-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"]}),
    ("AWS::EC2::SecurityGroup", "GroupName", [("aws_security_group", "name")], "security group name",
     {"doc": "ec2sg", "min_length": 1, "max_length": 255, "charset": ALNUM + " !#$&()*+,./:;=@[]_{}-",
      "reserved_prefixes": ["sg-"]}),
    ("AWS::SecretsManager::Secret", "Name", [("aws_secretsmanager_secret", "name")], "Secrets Manager secret name",
     {"doc": "secrets", "charset": ALNUM + "/_+=.@-"}),
    ("AWS::Logs::LogGroup", "LogGroupName", [("aws_cloudwatch_log_group", "name")], "CloudWatch log group name",
     None),
    ("AWS::SSM::Parameter", "Name", [("aws_ssm_parameter", "name")], "Parameter Store parameter name",
     {"doc": "ssm", "charset": ALNUM + "_./-", "reserved_prefixes": ["aws", "ssm", "/aws", "/ssm"],
      "max_levels": 15}),
    ("AWS::SNS::Topic", "TopicName", [("aws_sns_topic", "name")], "SNS topic name",
     {"doc": "sns", "min_length": 1, "charset": ALNUM + "_-"}),
    ("AWS::KMS::Alias", "AliasName", [("aws_kms_alias", "name")], "KMS alias name",
     {"doc": "kms", "reserved_prefixes": ["alias/aws/"]}),
    ("AWS::Lambda::Function", "FunctionName", [("aws_lambda_function", "function_name")], "Lambda function name",
     {"doc": "lambda", "charset": ALNUM + "_-"}),
    ("AWS::CloudWatch::Alarm", "AlarmName", [("aws_cloudwatch_metric_alarm", "alarm_name")],
     "CloudWatch alarm name", None),
    ("AWS::CloudWatch::Dashboard", "DashboardName", [("aws_cloudwatch_dashboard", "dashboard_name")],
     "CloudWatch dashboard name", {"doc": "cw", "min_length": 1, "max_length": 255, "charset": ALNUM + "_-"}),
    ("AWS::DynamoDB::Table", "TableName", [("aws_dynamodb_table", "name")], "DynamoDB table name",
     {"doc": "ddb", "min_length": 3, "max_length": 255, "charset": ALNUM + "_.-"}),
    ("AWS::ECS::Cluster", "ClusterName", [("aws_ecs_cluster", "name")], "ECS cluster name",
     {"doc": "ecs", "min_length": 1, "max_length": 255, "charset": ALNUM + "_-"}),
    ("AWS::ECS::Service", "ServiceName", [("aws_ecs_service", "name")], "ECS service name",
     {"doc": "ecs", "min_length": 1, "max_length": 255, "charset": ALNUM + "_-"}),
    ("AWS::ECS::TaskDefinition", "Family", [("aws_ecs_task_definition", "family")], "ECS task definition family",
     {"doc": "ecs", "min_length": 1, "max_length": 255, "charset": ALNUM + "_-"}),
    ("AWS::Events::Rule", "Name", [("aws_cloudwatch_event_rule", "name")], "EventBridge rule name", None),
    ("AWS::Backup::BackupVault", "BackupVaultName", [("aws_backup_vault", "name")], "Backup vault name", None),
    ("AWS::Backup::BackupPlan", "BackupPlan/BackupPlanName", [("aws_backup_plan", "name")], "Backup plan name",
     {"doc": "backup", "min_length": 1, "max_length": 50, "charset": ALNUM + "_.-"}),
    ("AWS::Backup::BackupSelection", "BackupSelection/SelectionName", [("aws_backup_selection", "name")],
     "Backup selection name", {"doc": "backup", "min_length": 1, "max_length": 50, "charset": ALNUM + "_.-"}),
    ("AWS::Route53::HostedZone", "Name", [("aws_route53_zone", "name")], "hosted zone (domain) name",
     {"doc": "r53", "min_length": 1, "max_length": 255, "charset": ALNUM + ".-"}),
    ("AWS::EC2::LaunchTemplate", "LaunchTemplateName", [("aws_launch_template", "name")], "launch template name",
     None),
    ("AWS::ApplicationAutoScaling::ScalingPolicy", "PolicyName", [("aws_appautoscaling_policy", "name")],
     "Application Auto Scaling policy name", None),
]


def schema_property(schema, path):
    """The property schema at 'A/B' (B inside A's definition), following one $ref per level."""
    node = schema
    for part in path.split("/"):
        node = node["properties"][part]
        if "$ref" in node:
            node = pointer(schema, node["$ref"].lstrip("#"))
    return node


def parse_class(body):
    """The characters of a regex character class body ('\\w', escapes and ranges expanded)."""
    chars, i = set(), 0
    items = []
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            e = body[i + 1]
            i += 2
            items.append(WORD_SET if e == "w" else {e})  # an escaped character is never a range operator
            continue
        items.append(c)
        i += 1
    j = 0
    while j < len(items):
        a = items[j]
        if isinstance(a, set):
            chars |= a
        elif j + 2 < len(items) and items[j + 1] == "-" and isinstance(items[j + 2], str):
            chars |= {chr(x) for x in range(ord(a), ord(items[j + 2]) + 1)}
            j += 2
        else:
            chars.add(a)
        j += 1
    return chars


def render_class(chars):
    """A canonical class body: A-Z, a-z, 0-9 when whole, other characters sorted, '-' last."""
    out, rest = "", set(chars)
    for lo, hi in (("A", "Z"), ("a", "z"), ("0", "9")):
        span = {chr(x) for x in range(ord(lo), ord(hi) + 1)}
        if span <= rest:
            out += f"{lo}-{hi}"
            rest -= span
    tail = "-" if "-" in rest else ""
    rest.discard("-")
    return out + "".join(sorted(rest)) + tail


WORD_SET = {chr(x) for x in range(ord("A"), ord("Z") + 1)} | {chr(x) for x in range(ord("a"), ord("z") + 1)} | \
    {chr(x) for x in range(ord("0"), ord("9") + 1)} | {"_"}


def charset_of(pattern):
    """The union of a schema pattern's character classes, or None when it has none.

    '^[\\w+=,.@-]+$' -> 'A-Za-z0-9+,.=@_-'. A pattern whose shape says more (letter first, no '--') is
    described by the documented fields; only its characters are read here.
    """
    if pattern is None:
        return None
    classes = re.findall(r"\[((?:\\.|[^\]])+)\]", pattern)
    if not classes:
        return None
    chars = set()
    for c in classes:
        chars |= parse_class(c)
    if "-?" in re.sub(r"\[((?:\\.|[^\]])+)\]", "", pattern):
        chars.add("-")  # '(?:-?[a-zA-Z0-9])': hyphens between the class's characters
    return render_class(chars)


def main():
    rules, sources = {}, set()
    for cfn_type, prop, tf, what, doc in RULES:
        schema, src = cfn_resource_schema(cfn_type)
        sources.add(src.split(":")[0])
        p = schema_property(schema, prop)
        rule = {"cfn_type": cfn_type, "cfn_property": prop.replace("/", "."), "what": what,
                "terraform": [{"type": t, "argument": a} for t, a in tf], "schema_source": src}
        from_schema = []
        for key, field in (("minLength", "min_length"), ("maxLength", "max_length")):
            if key in p:
                rule[field] = p[key]
                from_schema.append(field)
        if "pattern" in p:
            rule["schema_pattern"] = p["pattern"]
            cs = charset_of(p["pattern"].replace("^$|", ""))
            if cs:
                rule["charset"] = cs
                from_schema.append("charset")
        bounds = re.search(r"\]\{(\d+),(\d+)\}(?:\$|\\Z)$", p.get("pattern", ""))
        if bounds and "maxLength" not in p:  # '^[a-zA-Z0-9\-\_]{2,50}$': the quantifier is the length rule
            rule["min_length"], rule["max_length"] = int(bounds.group(1)), int(bounds.group(2))
            from_schema += ["min_length", "max_length"]
        if "format" in p:
            rule["schema_format"] = p["format"]
        documented = []
        for field, value in (doc or {}).items():
            if field == "doc":
                continue
            if field in rule and field in from_schema:
                continue  # the schema's word wins; the documentation only fills gaps
            rule[field] = render_class(parse_class(value)) if field == "charset" else value
            documented.append(field)
        rule["from_schema"] = from_schema
        if documented:
            rule["documented"] = documented
            rule["documented_source"] = "AWS documentation (transcribed): " + DOC[doc["doc"]]
        rules[f"{cfn_type}.{rule['cfn_property']}"] = rule
    notes = ("Keyed by CloudFormation type + property (nested properties joined with '.'); 'terraform' gives "
             "the hashicorp/aws resource type and argument holding the same name. Lengths count characters. "
             "charset: a character class body (ranges a-z, A-Z, 0-9 and literal characters; a trailing '-' is "
             "literal). first/last: letter | alnum | lower_alnum. no_double_hyphen: '--' is not allowed. "
             "stored_lowercase: AWS stores the name in lowercase (names differing only in case collide). "
             "reserved_prefixes/suffixes/names: AWS refuses names with them. max_levels: '/'-separated levels. "
             "from_schema lists the fields read from the cfn-lint registry schema, documented the fields "
             "transcribed from documented_source where the schema has no constraint. Not covered: uniqueness "
             "(per account, region or globally for S3), and Route 53 per-label limits.")
    write_table("resource_names.json", {
        "_meta": {"notes": notes, "retrieved": RETRIEVED,
                  "source": " + ".join(sorted(sources)) + " registry schemas (us-east-1) + AWS documentation "
                            "(per-rule documented_source)"},
        "rules": rules})


if __name__ == "__main__":
    main()
