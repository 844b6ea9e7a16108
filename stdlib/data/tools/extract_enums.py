#!/usr/bin/env python3
"""enums.json <- CloudFormation registry schemas shipped with cfn-lint (us-east-1), cfn-lint extension
rules (E3615 alarm period, E3047 Fargate cpu/memory) and the botocore DMS API model.

Refresh: python3 stdlib/data/tools/extract_enums.py
"""
from _common import botocore_model, cfn_resource_schema, cfnlint_json, meta, pointer, write_table

# name -> (CFN type, JSON pointer into its schema)
CFN_ENUMS = {
    "cloudwatch_alarm_comparison_operator": ("AWS::CloudWatch::Alarm", "properties/ComparisonOperator"),
    "cloudwatch_alarm_statistic": ("AWS::CloudWatch::Alarm", "properties/Statistic"),
    "cloudwatch_alarm_treat_missing_data": ("AWS::CloudWatch::Alarm", "properties/TreatMissingData"),
    "cloudwatch_alarm_unit": ("AWS::CloudWatch::Alarm", "properties/Unit"),
    "log_retention_days": ("AWS::Logs::LogGroup", "properties/RetentionInDays"),
    "rds_performance_insights_retention_days": ("AWS::RDS::DBInstance",
                                                "properties/PerformanceInsightsRetentionPeriod"),
    "s3_lifecycle_transition_storage_class": ("AWS::S3::Bucket", "definitions/Transition/properties/StorageClass"),
    "s3_noncurrent_version_transition_storage_class": (
        "AWS::S3::Bucket", "definitions/NoncurrentVersionTransition/properties/StorageClass"),
}
# name -> (botocore service, shape, CFN type/pointer that leaves it unvalidated)
API_ENUMS = {
    "dms_migration_type": ("dms", "MigrationTypeValue", "AWS::DMS::ReplicationTask", "properties/MigrationType"),
    "dms_ssl_mode": ("dms", "DmsSslModeValue", "AWS::DMS::Endpoint", "properties/SslMode"),
}
EXTRA_NOTES = {
    "s3_lifecycle_transition_storage_class": "The CFN schema also lists mixed-case 'Glacier'; the S3 API enum "
    "(botocore s3 TransitionStorageClass) has only upper-case values, so emit 'GLACIER'. [doc] objects must stay >= 30 days before a transition to STANDARD_IA/ONEZONE_IA "
    "(cfn-lint does not check this).",
    "dms_ssl_mode": "[doc] Oracle endpoints support only none/verify-ca; verify-ca/verify-full need a "
    "certificate ARN.",
    "rds_performance_insights_retention_days": "7 (free tier), 31*k for k months (k=1..23), or 731 (2 years).",
}


def fargate_pairs():
    doc, src = cfnlint_json("schemas/extensions/aws_ecs_taskdefinition/fargate_cpu_memory.json")
    pairs = []
    for alt in doc["then"]["anyOf"]:
        cpu = int(alt["properties"]["Cpu"]["then"]["enum"][0])
        mem = alt["properties"]["Memory"]["then"]
        if "enum" in mem:
            values = [int(v) for v in mem["enum"]]
        else:
            values = list(range(mem["minimum"], mem["maximum"] + 1, mem["multipleOf"]))
        pairs.append({"cpu": cpu, "memory_mib": values})
    pairs.sort(key=lambda p: p["cpu"])
    return {"notes": "E3047 rule data; cpu in CPU units (1024 = 1 vCPU), memory in MiB. The rule also accepts "
                     "'0.25 vCPU'/'0.5 GB' strings.", "pairs": pairs, "source": src}


def alarm_period():
    doc, src = cfnlint_json("schemas/extensions/aws_cloudwatch_alarm/period.json")
    rule = doc["then"]["properties"]["Period"]
    return {"notes": "E3615: Period <= 60 must be one of enum; above 60 a multiple of multiple_of. "
                     "[doc] PutMetricAlarm also allows 20 for high-resolution metrics; period*evaluation_periods "
                     "<= 604800 s (7 d) and <= 86400 s when period < 3600 s.",
            "enum_at_or_below": {"maximum": rule["if"]["maximum"], "values": rule["then"]["enum"]},
            "multiple_of": rule["else"]["multipleOf"], "source": src}


def lambda_reserved_environment():
    """The environment variable names Lambda reserves (cfn-lint E3663's list)."""
    rel = "schemas/extensions/aws_lambda_function/environment_variable_keys.json"
    doc, src = cfnlint_json(rel)
    return {"source": src, "values": sorted(doc["propertyNames"]["not"]["enum"]),
            "notes": "CreateFunction rejects a reserved key. Not every AWS_LAMBDA_ name is reserved: "
                     "AWS_LAMBDA_EXEC_WRAPPER (wrapper scripts) is set by users (Lambda Developer Guide, "
                     "'Modifying the runtime environment')."}


def main():
    enums, sources = {}, set()
    for name, (type_name, ptr) in CFN_ENUMS.items():
        schema, src = cfn_resource_schema(type_name)
        sources.add(src.split(":")[0])
        entry = {"source": f"{src} #/{ptr}", "values": pointer(schema, ptr)["enum"]}
        if name in EXTRA_NOTES:
            entry["notes"] = EXTRA_NOTES[name]
        enums[name] = entry
    for name, (svc, shape, type_name, ptr) in API_ENUMS.items():
        model, src = botocore_model(svc)
        schema, cfn_src = cfn_resource_schema(type_name)
        cfn_enum = pointer(schema, ptr).get("enum")
        entry = {"source": f"{src} #/shapes/{shape}", "values": model["shapes"][shape]["enum"],
                 "notes": (f"CloudFormation {type_name} {ptr.split('/')[-1]} is "
                           + ("an enum" if cfn_enum else "an unvalidated string") + f" ({cfn_src}). "
                           + EXTRA_NOTES.get(name, "")).strip()}
        sources.add(src.split(":")[0])
        enums[name] = entry
    s3, s3_src = botocore_model("s3")
    enums["s3_lifecycle_transition_storage_class"]["api_values"] = s3["shapes"]["TransitionStorageClass"]["enum"]
    enums["s3_lifecycle_transition_storage_class"]["api_source"] = f"{s3_src} #/shapes/TransitionStorageClass"
    enums["fargate_cpu_memory"] = fargate_pairs()
    enums["cloudwatch_alarm_period"] = alarm_period()
    enums["lambda_reserved_environment_variables"] = lambda_reserved_environment()
    notes = ("Each entry carries its own 'source' (file + JSON pointer). CFN registry schemas are the ones "
             "cfn-lint ships for us-east-1 (content-addressed files under cfnlint/data/schemas/resources/). "
             "Entries marked [doc] in their notes add AWS documentation knowledge.")
    write_table("enums.json", {"_meta": meta(" + ".join(sorted(sources)) + " (per-entry sources inside)", notes),
                               "enums": enums})


if __name__ == "__main__":
    main()
