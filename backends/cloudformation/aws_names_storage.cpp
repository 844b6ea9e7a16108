// Amazon S3, DynamoDB, Systems Manager parameters, Secrets Manager, KMS and
// AWS Backup.
#include <array>

#include "cloudformation/aws_names.h"

namespace migc::cloudformation {
namespace {

constexpr auto kTypes = std::to_array<TypeName>({
    {"aws_s3_bucket", "AWS::S3::Bucket", "id", TagStyle::List, true},
    {"aws_s3_bucket_policy", "AWS::S3::BucketPolicy", "id", TagStyle::None},
    {"aws_dynamodb_table", "AWS::DynamoDB::Table", "name", TagStyle::List, true},
    {"aws_ssm_parameter", "AWS::SSM::Parameter", "name", TagStyle::Map},
    {"aws_secretsmanager_secret", "AWS::SecretsManager::Secret", "arn", TagStyle::List, true},
    {"aws_kms_key", "AWS::KMS::Key", "key_id", TagStyle::List, true},
    {"aws_kms_alias", "AWS::KMS::Alias", "name", TagStyle::None},
    {"aws_backup_vault", "AWS::Backup::BackupVault", "name", TagStyle::Map, true},
    {"aws_backup_plan", "AWS::Backup::BackupPlan", "id", TagStyle::Map},
    {"aws_backup_selection", "AWS::Backup::BackupSelection", "id", TagStyle::None},
});

constexpr auto kProperties = std::to_array<PropertyName>({
    {"aws_s3_bucket", "bucket", "BucketName"},
    {"aws_s3_bucket", "force_destroy", "", Convert::Drop, {},
     "CloudFormation cannot empty a bucket on delete (MIG3001): empty it first"},
    {"aws_s3_bucket_server_side_encryption_configuration", "rule", "ServerSideEncryptionConfiguration", Convert::List},
    {"aws_s3_bucket_server_side_encryption_configuration", "rule.apply_server_side_encryption_by_default",
     "ServerSideEncryptionByDefault"},
    {"aws_s3_bucket_server_side_encryption_configuration", "rule.apply_server_side_encryption_by_default.sse_algorithm",
     "SSEAlgorithm"},
    {"aws_s3_bucket_server_side_encryption_configuration", "rule.apply_server_side_encryption_by_default.kms_master_key_id",
     "KMSMasterKeyID"},
    {"aws_s3_bucket_lifecycle_configuration", "rule", "Rules", Convert::List},
    {"aws_s3_bucket_lifecycle_configuration", "rule.filter", "", Convert::Drop, {},
     "a CloudFormation lifecycle rule without a filter covers the whole bucket, as the empty prefix does"},
    {"aws_s3_bucket_lifecycle_configuration", "rule.transition", "Transitions", Convert::List},
    {"aws_s3_bucket_lifecycle_configuration", "rule.transition.days", "TransitionInDays"},
    {"aws_s3_bucket_lifecycle_configuration", "rule.expiration", ""},
    {"aws_s3_bucket_lifecycle_configuration", "rule.expiration.days", "ExpirationInDays"},
    {"aws_s3_bucket_policy", "policy", "PolicyDocument", Convert::Json},
    {"aws_dynamodb_table", "name", "TableName"},
    {"aws_dynamodb_table", "read_capacity", "ProvisionedThroughput.ReadCapacityUnits"},
    {"aws_dynamodb_table", "write_capacity", "ProvisionedThroughput.WriteCapacityUnits"},
    {"aws_dynamodb_table", "attribute", "AttributeDefinitions", Convert::List},
    {"aws_dynamodb_table", "attribute.name", "AttributeName"},
    {"aws_dynamodb_table", "attribute.type", "AttributeType"},
    {"aws_dynamodb_table", "point_in_time_recovery", "PointInTimeRecoverySpecification"},
    {"aws_dynamodb_table", "point_in_time_recovery.enabled", "PointInTimeRecoveryEnabled"},
    {"aws_dynamodb_table", "server_side_encryption", "SSESpecification"},
    {"aws_dynamodb_table", "server_side_encryption.enabled", "SSEEnabled"},
    {"aws_dynamodb_table", "server_side_encryption.sse_type", "SSEType"},
    {"aws_dynamodb_table", "server_side_encryption.kms_key_arn", "KMSMasterKeyId"},
    {"aws_dynamodb_table", "ttl", "TimeToLiveSpecification"},
    {"aws_secretsmanager_secret", "recovery_window_in_days", "", Convert::Drop, {},
     "CloudFormation has no recovery window for a secret it deletes"},
    {"aws_kms_key", "deletion_window_in_days", "PendingWindowInDays"},
    {"aws_kms_key", "policy", "KeyPolicy", Convert::Json},
    {"aws_kms_alias", "name", "AliasName"},
    {"aws_backup_vault", "name", "BackupVaultName"},
    {"aws_backup_vault", "kms_key_arn", "EncryptionKeyArn"},
    {"aws_backup_vault", "force_destroy", "", Convert::Drop, {},
     "CloudFormation cannot delete a vault that holds recovery points: delete them first"},
    {"aws_backup_vault", "tags", "BackupVaultTags"},
    {"aws_backup_plan", "name", "BackupPlan.BackupPlanName"},
    {"aws_backup_plan", "rule", "BackupPlan.BackupPlanRule", Convert::List},
    {"aws_backup_plan", "rule.target_vault_name", "TargetBackupVault"},
    {"aws_backup_plan", "rule.schedule", "ScheduleExpression"},
    {"aws_backup_plan", "rule.lifecycle.delete_after", "DeleteAfterDays"},
    {"aws_backup_plan", "rule.lifecycle.cold_storage_after", "MoveToColdStorageAfterDays"},
    {"aws_backup_plan", "tags", "BackupPlanTags"},
    {"aws_backup_selection", "name", "BackupSelection.SelectionName"},
    {"aws_backup_selection", "plan_id", "BackupPlanId"},
    {"aws_backup_selection", "iam_role_arn", "BackupSelection.IamRoleArn"},
    {"aws_backup_selection", "resources", "BackupSelection.Resources"},
    {"aws_backup_selection", "selection_tag", "BackupSelection.ListOfTags", Convert::List},
    {"aws_backup_selection", "selection_tag.type", "ConditionType"},
    {"aws_backup_selection", "selection_tag.key", "ConditionKey"},
    {"aws_backup_selection", "selection_tag.value", "ConditionValue"},
});

constexpr auto kAttributes = std::to_array<AttributeName>({
    {"aws_s3_bucket", "arn", "Arn"},
    {"aws_s3_bucket", "bucket", ""},
    {"aws_dynamodb_table", "arn", "Arn"},
    {"aws_ssm_parameter", "name", ""},
    {"aws_secretsmanager_secret", "id", ""},  // Terraform's id of a secret is its ARN
    {"aws_kms_key", "arn", "Arn"},
    {"aws_backup_vault", "arn", "BackupVaultArn"},
    {"aws_backup_plan", "arn", "BackupPlanArn"},
});

constexpr auto kFolds = std::to_array<Fold>({
    {"aws_s3_bucket_versioning", "bucket", "", "", "CloudFormation configures versioning on the bucket itself"},
    {"aws_s3_bucket_server_side_encryption_configuration", "bucket", "BucketEncryption", "",
     "CloudFormation configures encryption on the bucket itself"},
    {"aws_s3_bucket_public_access_block", "bucket", "PublicAccessBlockConfiguration", "",
     "CloudFormation configures the public access block on the bucket itself"},
    {"aws_s3_bucket_lifecycle_configuration", "bucket", "LifecycleConfiguration", "",
     "CloudFormation configures the lifecycle on the bucket itself"},
});

}  // namespace

NameTables storageNames() { return {kTypes, kProperties, kAttributes, kFolds}; }

}  // namespace migc::cloudformation
