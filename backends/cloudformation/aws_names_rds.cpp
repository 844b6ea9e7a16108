// Amazon RDS and Aurora: subnet and parameter groups, clusters, instances
// and global databases.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr std::string_view kNoApply = "CloudFormation applies RDS changes immediately; it has no apply_immediately";
constexpr std::string_view kNoSnapshot =
    "CloudFormation deletes the database with its DeletionPolicy (Delete: no final snapshot)";
constexpr std::string_view kNoWriteOnly =
    "CloudFormation has no write-only arguments: the password is a dynamic reference, never in the template";

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_db_subnet_group", "AWS::RDS::DBSubnetGroup", "name"},
    {"aws_rds_cluster_parameter_group", "AWS::RDS::DBClusterParameterGroup", "name", TagStyle::List, false, "Parameters"},
    {"aws_db_parameter_group", "AWS::RDS::DBParameterGroup", "name", TagStyle::List, false, "Parameters"},
    {"aws_rds_global_cluster", "AWS::RDS::GlobalCluster", "id"},
    {"aws_rds_cluster", "AWS::RDS::DBCluster", "id", TagStyle::List, true},
    {"aws_rds_cluster_instance", "AWS::RDS::DBInstance", "id", TagStyle::List, true},
    {"aws_db_instance", "AWS::RDS::DBInstance", "identifier", TagStyle::List, true},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_db_subnet_group", "name", "DBSubnetGroupName"},
    {"aws_db_subnet_group", "description", "DBSubnetGroupDescription"},
    {"aws_rds_cluster_parameter_group", "name", "DBClusterParameterGroupName"},
    {"aws_rds_cluster_parameter_group", "parameter", "Parameters", Convert::ParameterMap, {},
     "CloudFormation applies each parameter as RDS's apply type says (static ones at the next reboot), "
     "as Terraform's pending-reboot does"},
    {"aws_db_parameter_group", "name", "DBParameterGroupName"},
    {"aws_db_parameter_group", "parameter", "Parameters", Convert::ParameterMap, {},
     "CloudFormation applies each parameter as RDS's apply type says (static ones at the next reboot), "
     "as Terraform's pending-reboot does"},
    {"aws_rds_global_cluster", "database_name", "", Convert::Drop, {},
     "CloudFormation's global cluster takes no database name: the primary cluster creates it"},
    {"aws_rds_global_cluster", "force_destroy", "", Convert::Drop, {},
     "CloudFormation removes the member clusters before the global cluster"},
    {"aws_rds_cluster", "cluster_identifier", "DBClusterIdentifier"},
    {"aws_rds_cluster", "master_password_wo", "MasterUserPassword"},
    {"aws_rds_cluster", "master_password_wo_version", "", Convert::Drop, {}, kNoWriteOnly},
    {"aws_rds_cluster", "db_subnet_group_name", "DBSubnetGroupName"},
    {"aws_rds_cluster", "db_cluster_parameter_group_name", "DBClusterParameterGroupName"},
    {"aws_rds_cluster", "enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports"},
    {"aws_rds_cluster", "serverlessv2_scaling_configuration", "ServerlessV2ScalingConfiguration"},
    {"aws_rds_cluster", "skip_final_snapshot", "", Convert::Drop, {}, kNoSnapshot},
    {"aws_rds_cluster", "apply_immediately", "", Convert::Drop, {}, kNoApply},
    {"aws_rds_cluster_instance", "identifier", "DBInstanceIdentifier"},
    {"aws_rds_cluster_instance", "cluster_identifier", "DBClusterIdentifier"},
    {"aws_rds_cluster_instance", "engine_version", "", Convert::Drop, {},
     "an Aurora instance in CloudFormation takes its cluster's engine version"},
    {"aws_rds_cluster_instance", "instance_class", "DBInstanceClass"},
    {"aws_rds_cluster_instance", "db_parameter_group_name", "DBParameterGroupName"},
    {"aws_rds_cluster_instance", "performance_insights_enabled", "EnablePerformanceInsights"},
    {"aws_rds_cluster_instance", "apply_immediately", "", Convert::Drop, {}, kNoApply},
    {"aws_db_instance", "identifier", "DBInstanceIdentifier"},
    {"aws_db_instance", "instance_class", "DBInstanceClass"},
    {"aws_db_instance", "multi_az", "MultiAZ"},
    {"aws_db_instance", "allocated_storage", "AllocatedStorage", Convert::Text},
    {"aws_db_instance", "db_name", "DBName"},
    {"aws_db_instance", "port", "Port", Convert::Text},
    {"aws_db_instance", "username", "MasterUsername"},
    {"aws_db_instance", "password_wo", "MasterUserPassword"},
    {"aws_db_instance", "password_wo_version", "", Convert::Drop, {}, kNoWriteOnly},
    {"aws_db_instance", "db_subnet_group_name", "DBSubnetGroupName"},
    {"aws_db_instance", "vpc_security_group_ids", "VPCSecurityGroups"},
    {"aws_db_instance", "parameter_group_name", "DBParameterGroupName"},
    {"aws_db_instance", "backup_window", "PreferredBackupWindow"},
    {"aws_db_instance", "enabled_cloudwatch_logs_exports", "EnableCloudwatchLogsExports"},
    {"aws_db_instance", "performance_insights_enabled", "EnablePerformanceInsights"},
    {"aws_db_instance", "skip_final_snapshot", "", Convert::Drop, {}, kNoSnapshot},
    {"aws_db_instance", "apply_immediately", "", Convert::Drop, {}, kNoApply},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    {"aws_rds_cluster", "endpoint", "Endpoint.Address"},
    {"aws_rds_cluster", "reader_endpoint", "ReadEndpoint.Address"},
    {"aws_rds_cluster", "port", "Endpoint.Port"},
    {"aws_rds_cluster", "arn", "DBClusterArn"},
    {"aws_rds_cluster", "cluster_identifier", ""},
    {"aws_db_instance", "address", "Endpoint.Address"},
    {"aws_db_instance", "port", "Endpoint.Port"},
    {"aws_db_instance", "arn", "DBInstanceArn"},
});

}  // namespace

NameTables rdsNames() { return {kTypes, kProperties, kAttributes, {}}; }

}  // namespace migc::cloudformation
