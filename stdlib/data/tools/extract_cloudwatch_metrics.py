#!/usr/bin/env python3
"""cloudwatch_metrics.json <- AWS CloudWatch per-service "metrics and dimensions" pages, TRANSCRIBED here
(no machine-readable metric catalogue exists locally). Units are validated against the CloudWatch
StandardUnit enum of the local botocore model.

Refresh: python3 stdlib/data/tools/extract_cloudwatch_metrics.py   (edit the tables below to change data)
"""
from _common import botocore_model, meta, write_table

# Namespace -> (dimension names, namespace notes, "Unit: Metric Metric ..." lines)
NAMESPACES = {
    "AWS/RDS": (
        "DBClusterIdentifier DBInstanceIdentifier DatabaseClass EngineName Role SourceRegion",
        "Aurora cluster metrics use DBClusterIdentifier (optionally + Role = WRITER|READER); instance metrics "
        "DBInstanceIdentifier. AuroraGlobalDB* are published in the secondary region (DBClusterIdentifier + "
        "SourceRegion). ReadLatency/WriteLatency/ReplicaLag are in SECONDS, AuroraReplicaLag*/AuroraGlobalDB*Lag/"
        "CommitLatency in MILLISECONDS.", """
        Percent: ACUUtilization BufferCacheHitRatio BurstBalance CPUUtilization
        Milliseconds: AuroraGlobalDBRPOLag AuroraGlobalDBReplicationLag AuroraReplicaLag AuroraReplicaLagMaximum
                      AuroraReplicaLagMinimum CommitLatency
        Seconds: EngineUptime RDSToAuroraPostgreSQLReplicaLag ReadLatency ReplicaLag WriteLatency
        Bytes: AuroraGlobalDBDataTransferBytes BackupRetentionPeriodStorageUsed FreeLocalStorage FreeStorageSpace
               FreeableMemory OldestReplicationSlotLag ReplicationSlotDiskUsage SnapshotStorageUsed SwapUsage
               TotalBackupStorageBilled TransactionLogsDiskUsage VolumeBytesUsed
        Bytes/Second: NetworkReceiveThroughput NetworkThroughput NetworkTransmitThroughput ReadThroughput
                      TransactionLogsGeneration WriteThroughput
        Count/Second: CommitThroughput Deadlocks ReadIOPS WriteIOPS
        Count: AuroraGlobalDBReplicatedWriteIO CPUCreditBalance CPUCreditUsage DBLoad DBLoadCPU DBLoadNonCPU
               DatabaseConnections DiskQueueDepth MaximumUsedTransactionIDs ServerlessDatabaseCapacity
               VolumeReadIOPs VolumeWriteIOPs"""),
    "AWS/DMS": (
        "ReplicationInstanceIdentifier ReplicationTaskIdentifier",
        "Instance metrics: ReplicationInstanceIdentifier. Task metrics (CDC*, FullLoad*): ReplicationInstanceIdentifier "
        "+ ReplicationTaskIdentifier, where the task dimension is the task RESOURCE ID (ARN suffix; set "
        "ResourceIdentifier/resource_identifier to know it at compile time), not replication_task_id. "
        "CDCLatency* in SECONDS; instance Read/WriteLatency in MILLISECONDS.", """
        Seconds: CDCLatencySource CDCLatencyTarget
        Count: CDCChangesDiskSource CDCChangesDiskTarget CDCChangesMemorySource CDCChangesMemoryTarget
               CDCIncomingChanges DiskQueueDepth
        Kilobytes/Second: CDCThroughputBandwidthSource CDCThroughputBandwidthTarget FullLoadThroughputBandwidthTarget
        Count/Second: CDCThroughputRowsSource CDCThroughputRowsTarget FullLoadThroughputRowsTarget ReadIOPS WriteIOPS
        Percent: CPUUtilization
        Bytes: AvailableMemory FreeMemory FreeStorageSpace FreeableMemory SwapUsage
        Bytes/Second: NetworkReceiveThroughput NetworkTransmitThroughput ReadThroughput WriteThroughput
        Milliseconds: ReadLatency WriteLatency"""),
    "AWS/Lambda": (
        "ExecutedVersion FunctionName Resource", "Resource = function name with version/alias (FunctionName:alias).",
        """
        Milliseconds: AsyncEventAge Duration IteratorAge PostRuntimeExtensionsDuration
        Count: AsyncEventsDropped AsyncEventsReceived ClaimedAccountConcurrency ConcurrentExecutions DeadLetterErrors
               DestinationDeliveryFailures Errors Invocations ProvisionedConcurrencyInvocations
               ProvisionedConcurrencySpilloverInvocations ProvisionedConcurrentExecutions
               RecursiveInvocationsDropped Throttles UnreservedConcurrentExecutions"""),
    "AWS/ECS": (
        "ClusterName ServiceName",
        "Service metrics: ClusterName + ServiceName. Reservation metrics are cluster-level (EC2 capacity).", """
        Percent: CPUReservation CPUUtilization GPUReservation MemoryReservation MemoryUtilization"""),
    "AWS/ApplicationELB": (
        "AvailabilityZone LoadBalancer TargetGroup",
        "LoadBalancer value = ARN suffix app/<name>/<id>; TargetGroup = targetgroup/<name>/<id>. HealthyHostCount/"
        "UnHealthyHostCount need TargetGroup + LoadBalancer; RequestCountPerTarget needs TargetGroup.", """
        Seconds: TargetResponseTime
        Bytes: ProcessedBytes
        Count: ActiveConnectionCount ClientTLSNegotiationErrorCount HTTPCode_ELB_3XX_Count HTTPCode_ELB_4XX_Count
               HTTPCode_ELB_502_Count HTTPCode_ELB_503_Count HTTPCode_ELB_504_Count HTTPCode_ELB_5XX_Count
               HTTPCode_Target_2XX_Count HTTPCode_Target_3XX_Count HTTPCode_Target_4XX_Count
               HTTPCode_Target_5XX_Count HTTP_Redirect_Count HealthyHostCount NewConnectionCount
               RejectedConnectionCount RequestCount RequestCountPerTarget TargetConnectionErrorCount
               TargetTLSNegotiationErrorCount UnHealthyHostCount"""),
    "AWS/Route53": (
        "HealthCheckId HostedZoneId Region",
        "Health-check metrics exist only in us-east-1 (alarms on them must be created there); HealthCheckStatus is "
        "1 (healthy) / 0 (unhealthy). DNSQueries (HostedZoneId) is also us-east-1, public zones only.", """
        None: HealthCheckStatus
        Percent: HealthCheckPercentageHealthy
        Milliseconds: ConnectionTime SSLHandshakeTime TimeToFirstByte
        Count: ChildHealthCheckHealthyCount DNSQueries"""),
    "AWS/DynamoDB": (
        "GlobalSecondaryIndexName Operation OperationType ReceivingRegion StreamLabel TableName",
        "SystemErrors/SuccessfulRequestLatency/ThrottledRequests use TableName + Operation; UserErrors is "
        "account-level (no dimensions); ReplicationLatency uses TableName + ReceivingRegion.", """
        Milliseconds: ReplicationLatency SuccessfulRequestLatency
        Count: ConditionalCheckFailedRequests ConsumedReadCapacityUnits ConsumedWriteCapacityUnits
               ProvisionedReadCapacityUnits ProvisionedWriteCapacityUnits ReadThrottleEvents ReturnedItemCount
               SystemErrors ThrottledRequests TimeToLiveDeletedItemCount UserErrors WriteThrottleEvents"""),
    "AWS/SNS": ("Application Country Platform SMSType TopicName", "", """
        Bytes: PublishSize
        Count: NumberOfMessagesPublished NumberOfNotificationsDelivered NumberOfNotificationsFailed
               NumberOfNotificationsFailedToRedriveToDlq NumberOfNotificationsFilteredOut
               NumberOfNotificationsFilteredOut-InvalidAttributes NumberOfNotificationsFilteredOut-NoMessageAttributes
               NumberOfNotificationsRedrivenToDlq"""),
    "AWS/Events": ("EventBusName EventSourceName RuleName", "", """
        Count: DeadLetterInvocations FailedInvocations InvocationAttempts Invocations InvocationsFailedToBeSentToDlq
               InvocationsSentToDlq MatchedEvents RetryInvocationAttempts SuccessfulInvocationAttempts ThrottledRules
               TriggeredRules"""),
    "AWS/NATGateway": ("NatGatewayId", "", """
        Bytes: BytesInFromDestination BytesInFromSource BytesOutToDestination BytesOutToSource
        Count: ActiveConnectionCount ConnectionAttemptCount ConnectionEstablishedCount ErrorPortAllocation
               IdleTimeoutCount PacketsDropCount PacketsInFromDestination PacketsInFromSource PacketsOutToDestination
               PacketsOutToSource"""),
    "AWS/S3": ("BucketName StorageType", "Daily storage metrics (period 86400).", """
        Bytes: BucketSizeBytes
        Count: NumberOfObjects"""),
}
# Per-metric notes (doc phrasing of units, applicability)
METRIC_NOTES = {
    ("AWS/RDS", "ACUUtilization"): "Aurora Serverless v2",
    ("AWS/RDS", "DBLoad"): "Performance Insights average active sessions",
    ("AWS/RDS", "FreeLocalStorage"): "Aurora (local/temp storage)",
    ("AWS/RDS", "FreeStorageSpace"): "RDS (non-Aurora) only",
    ("AWS/RDS", "ReplicaLag"): "RDS read replicas (non-Aurora)",
    ("AWS/RDS", "ServerlessDatabaseCapacity"): "value in ACUs",
    ("AWS/RDS", "VolumeBytesUsed"): "Aurora cluster volume (DBClusterIdentifier)",
    **{("AWS/DMS", m): "doc: KB/second" for m in ("CDCThroughputBandwidthSource", "CDCThroughputBandwidthTarget",
                                                   "FullLoadThroughputBandwidthTarget")},
    **{("AWS/DMS", m): "doc: rows/second" for m in ("CDCThroughputRowsSource", "CDCThroughputRowsTarget",
                                                     "FullLoadThroughputRowsTarget")},
}


def main():
    cw, cw_src = botocore_model("cloudwatch")
    units = set(cw["shapes"]["StandardUnit"]["enum"])
    out = {}
    for ns, (dims, notes, text) in NAMESPACES.items():
        metrics, unit = {}, None
        for tok in text.split():
            if tok.endswith(":"):
                unit = tok[:-1]
                assert unit in units, f"{ns}: {unit} is not a CloudWatch StandardUnit"
                continue
            assert tok not in metrics, f"duplicate {ns} {tok}"
            metrics[tok] = {"unit": unit}
            if ns == "AWS/DMS":
                metrics[tok]["scope"] = "task" if tok.startswith(("CDC", "FullLoad")) else "instance"
            if (ns, tok) in METRIC_NOTES:
                metrics[tok]["note"] = METRIC_NOTES[(ns, tok)]
        out[ns] = {"dimensions": sorted(dims.split()), "metrics": metrics}
        if notes:
            out[ns]["notes"] = notes
    missing = [k for k in METRIC_NOTES if k[1] not in out[k[0]]["metrics"]]
    assert not missing, f"notes for unknown metrics: {missing}"
    write_table("cloudwatch_metrics.json", {
        "_meta": meta("AWS CloudWatch metrics documentation (per-service 'metrics and dimensions' pages), "
                      "transcribed",
                      "Documentation knowledge, not machine-extracted: verify new entries against the service's "
                      "metrics page. unit = CloudWatch StandardUnit (checked against " + cw_src +
                      "); 'doc:' notes give the unit as the docs phrase it. dimensions = dimension names valid "
                      "in the namespace (not every metric accepts every one). DMS 'scope' = instance|task."),
        "namespaces": out})


if __name__ == "__main__":
    main()
