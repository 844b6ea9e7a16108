// What the function, rule and backup lowerings share across both shapes:
// schedule expressions, the DMS event pattern, the ARN of a declared object
// for IAM statements, code assets and the function's policy statements.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lowering/context.h"

namespace migc::lowering {

// `every = 1h` as EventBridge writes it: rate(1 hour), rate(5 minutes).
std::string rateExpression(double seconds);
// The EventBridge pattern of a rule: `on = replicate.state_change` (DMS task
// state changes of that task) or the raw `pattern` map.
model::PValue eventPattern(Context& ctx, const ir::Object& rule);
// The ARN of a declared object (pipelines: the replication task).
model::PValue arnOf(Context& ctx, const ir::Object& o);
// Zips the function's code into assets/<name>.zip of the stack; returns that
// path and sets `hash` (base64 SHA-256) — empty path when packaging failed
// (reported).
std::string packageFunctionCode(Context& ctx, const ir::Object& fn, std::string& hash);
// The statements of a function's role policy beyond its own logs: one per
// `allow` action, on the ARNs of the objects named — those that exist
// whenever the function does.
std::vector<model::PValue> allowStatements(Context& ctx, const ir::Object& fn);
// The grants on objects guarded by a `when` flag the function does not share,
// per flag: each becomes a policy of its own that exists under that flag, so
// no grant names a resource that was left out (MIG2106 explains).
std::map<std::string, std::vector<model::PValue>> guardedAllowStatements(Context& ctx, const ir::Object& fn);
// The flag of `v` (an environment value or grant target) when it reads an
// object guarded by a flag the function does not share, else "".
std::string foreignFlag(const Context& ctx, const ir::Object& fn, const ir::Value& v);
// Environment variable values as strings (numbers and booleans spelt out).
model::PValue environmentVariables(Context& ctx, const ir::Object& fn);
// A statement: Effect Allow, Action(s), Resource(s), optional Principal/Condition.
model::PValue statement(std::vector<std::string> actions, std::vector<model::PValue> resources);
model::PValue policyDocument(std::vector<model::PValue> statements);
// The topic-policy statement that keeps alarms publishing to `topic` once a
// topic policy replaces SNS's default one (a rule targets the topic): Null
// when no alarm notifies it.
model::PValue alarmsPublishStatement(Context& ctx, const ir::Object& topic, model::PValue topic_arn);
// Rules that deliver to `target` (a function or topic), in program order.
std::vector<const ir::Object*> rulesTargeting(const Context& ctx, const ir::Object& target);

}  // namespace migc::lowering
