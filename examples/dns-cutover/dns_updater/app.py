"""Shift Route 53 weights between the on-premises database and Aurora.

EventBridge calls this on every state change of the DMS task. The phase the
operator asked for is in the state parameter ({"phase": ..., "blue": N,
"green": N}); the records move only when the task is running, no table has
failed, and the replication-lag alarm is OK. Every decision is written back
to the state parameter so the next deploy (with the same phase) agrees.
"""
import json
import os
import time

import boto3

route53 = boto3.client("route53")
ssm = boto3.client("ssm")
dms = boto3.client("dms")
cloudwatch = boto3.client("cloudwatch")


def _state():
    raw = ssm.get_parameter(Name=os.environ["STATE_PARAMETER"])["Parameter"]["Value"]
    try:
        return json.loads(raw)
    except ValueError:
        return {"phase": raw}


def _save(state):
    state["updated_at"] = int(time.time())
    ssm.put_parameter(Name=os.environ["STATE_PARAMETER"], Value=json.dumps(state, sort_keys=True), Overwrite=True)


def _lag_ok():
    name = os.environ["LAG_ALARM_ARN"].split(":alarm:", 1)[1]
    alarms = cloudwatch.describe_alarms(AlarmNames=[name])["MetricAlarms"]
    return all(a["StateValue"] == "OK" for a in alarms)


def _tables_ok():
    stats = dms.describe_table_statistics(ReplicationTaskArn=os.environ["DMS_TASK_ARN"])["TableStatistics"]
    return not any(t.get("TableState") == "Table error" for t in stats)


def _upsert(set_id, target, weight):
    return {
        "Action": "UPSERT",
        "ResourceRecordSet": {
            "Name": os.environ["RECORD_NAME"],
            "Type": "CNAME",
            "SetIdentifier": set_id,
            "Weight": weight,
            "TTL": int(os.environ["TTL_SECONDS"]),
            "ResourceRecords": [{"Value": target}],
        },
    }


def handler(event, context):
    detail = event.get("detail", {})
    state = _state()
    state["last_event"] = detail.get("eventType", event.get("detail-type", "unknown"))
    config = json.loads(ssm.get_parameter(Name=os.environ["CONFIG_PARAMETER"])["Parameter"]["Value"])
    blue, green = int(state.get("blue", 100)), int(state.get("green", 0))
    rollback = state.get("phase") == "rollback"
    if green > 0 and not rollback and not (_lag_ok() and _tables_ok()):
        state["decision"] = "held: lag alarm or table errors"
        _save(state)
        return state
    route53.change_resource_record_sets(
        HostedZoneId=os.environ["HOSTED_ZONE_ID"],
        ChangeBatch={
            "Comment": f"migration phase {state.get('phase')}",
            "Changes": [
                _upsert(config.get("blue_id", "onprem"), config["source_host"], blue),
                _upsert(config.get("green_id", "aurora"), os.environ["AURORA_ENDPOINT"], green),
            ],
        },
    )
    state["decision"] = f"weights {blue}/{green}"
    _save(state)
    return state
