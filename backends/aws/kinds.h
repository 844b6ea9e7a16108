// Lowerings of each kind into the Terraform / Pulumi-AWS resource shape.
#pragma once

#include "lowering/context.h"

namespace migc::aws {

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
PValue securityGroupRef(const ir::Object& owner, std::string_view role);
PValue subnetIds(Context& ctx, const ir::Object& network);
// The index-th zone of the lowered object's region by letter (us-east-1a, ...): known
// when migc runs, so output needs no lookup at plan time.
PValue zone(const Context& ctx, int64_t index);

}  // namespace migc::aws
