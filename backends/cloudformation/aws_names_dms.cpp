// AWS DMS: replication subnet groups and instances, endpoints, tasks and
// event subscriptions.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_dms_replication_subnet_group", "AWS::DMS::ReplicationSubnetGroup", "id"},
    {"aws_dms_replication_instance", "AWS::DMS::ReplicationInstance", "replication_instance_arn"},
    {"aws_dms_endpoint", "AWS::DMS::Endpoint", "endpoint_arn"},
    {"aws_dms_replication_task", "AWS::DMS::ReplicationTask", "replication_task_arn"},
    {"aws_dms_event_subscription", "AWS::DMS::EventSubscription", "id"},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_dms_replication_subnet_group", "replication_subnet_group_id", "ReplicationSubnetGroupIdentifier"},
    {"aws_dms_replication_instance", "replication_instance_id", "ReplicationInstanceIdentifier"},
    {"aws_dms_replication_instance", "multi_az", "MultiAZ"},
    {"aws_dms_replication_instance", "replication_subnet_group_id", "ReplicationSubnetGroupIdentifier"},
    {"aws_dms_replication_instance", "kms_key_arn", "KmsKeyId"},
    {"aws_dms_replication_instance", "apply_immediately", "", Convert::Drop, {},
     "CloudFormation applies replication instance changes immediately"},
    {"aws_dms_endpoint", "endpoint_id", "EndpointIdentifier"},
    {"aws_dms_endpoint", "kms_key_arn", "KmsKeyId"},
    {"aws_dms_replication_task", "replication_task_id", "ReplicationTaskIdentifier"},
    {"aws_dms_event_subscription", "name", "SubscriptionName"},
});

}  // namespace

NameTables dmsNames() { return {kTypes, kProperties, {}, {}}; }

}  // namespace migc::cloudformation
