// What the function, rule and backup lowerings share: schedule expressions,
// the DMS event pattern, the ARN of a declared object for IAM statements,
// code assets and the function's policy statements.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lower/context.h"

namespace migc::lower {

// `every = 1h` as EventBridge writes it: rate(1 hour), rate(5 minutes).
std::string rateExpression(const ir::typed::Duration& every);
// The EventBridge pattern of a rule: `on = replicate.state_change` (DMS task
// state changes of that task) or the raw `pattern` map.
PValue eventPattern(Context& ctx, const ir::Object& rule);
// The ARN of a declared object (pipelines: the replication task).
PValue arnOf(Context& ctx, const ir::Object& o);
// The statements of a function's role policy beyond its own logs: one per
// `allow` action, on the ARNs of the objects named — those that exist
// whenever the function does.
std::vector<PValue> allowStatements(Context& ctx, const ir::Object& fn);
// The grants on objects guarded by a `when` flag the function does not share,
// per flag: each becomes a policy of its own that exists under that flag, so
// no grant names a resource that was left out (MIG2106 explains).
std::map<std::string, std::vector<PValue>> guardedAllowStatements(Context& ctx, const ir::Object& fn);
// Environment variable values as strings (numbers and booleans spelt out).
PValue environmentVariables(Context& ctx, const ir::Object& fn);
// The topic-policy statement that keeps alarms publishing to `topic` once a
// topic policy replaces SNS's default one (a rule targets the topic): Null
// when no alarm notifies it.
PValue alarmsPublishStatement(Context& ctx, const ir::Object& topic, PValue topic_arn);

}  // namespace migc::lower
