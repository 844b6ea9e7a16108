// Lowerings of each kind into the CloudFormation resource shape: PascalCase
// properties, intrinsic-function references, inline sub-resources, and
// DeletionPolicy: Delete on everything stateful.
#pragma once

#include "lowering/context.h"

namespace migc::cfn {

using lowering::Context;
using lowering::KindLowering;
using model::PValue;

const std::map<std::string, KindLowering, std::less<>>& kinds();

KindLowering keyKind();
KindLowering secretKind();
KindLowering topicKind();
KindLowering networkKind();
KindLowering clusterKind();
KindLowering sourceKind();
KindLowering pipelineKind();
KindLowering alarmKind();
KindLowering serviceKind();
KindLowering bucketKind();
KindLowering dashboardKind();
KindLowering databaseKind();
KindLowering serverMigrationKind();
KindLowering vpnKind();
KindLowering functionKind();
KindLowering ruleKind();
KindLowering backupKind();
KindLowering tableKind();
KindLowering cutoverKind();
KindLowering settingKind();
KindLowering securityGroupKind();

// Shared by several kinds.
PValue groupId(const ir::Object& owner, std::string_view role);  // !GetAtt SG.GroupId
PValue subnetIds(const ir::Object& network);
// The index-th availability zone of the stack's region (Fn::Select over Fn::GetAZs).
PValue zone(int64_t index);
// A stateful resource: deleted with the stack, never snapshotted or retained.
model::Resource& addStateful(Context& ctx, std::string type, std::string id, const ir::Object& owner);

}  // namespace migc::cfn
