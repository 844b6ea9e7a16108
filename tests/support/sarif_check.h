// A structural checker for SARIF 2.1.0 logs, shipped with the tests so that
// migc's `--format sarif` output is validated without a network or a JSON
// Schema engine.
//
// It is a structural SUBSET written from the OASIS standard "Static Analysis
// Results Interchange Format (SARIF) Version 2.1.0" and its JSON schema
// (sarif-schema-2.1.0.json), covering every object migc emits or may emit:
//   §3.13 sarifLog        §3.14 run             §3.18 tool
//   §3.19 toolComponent   §3.49 reportingDescriptor
//   §3.12 multiformatMessageString              §3.50 reportingConfiguration
//   §3.27 result          §3.11 message         §3.28 location
//   §3.29 physicalLocation                      §3.4  artifactLocation
//   §3.30 region          §3.55 fix             §3.56 artifactChange
//   §3.57 replacement     §3.3  artifactContent §3.24 artifact
//   §3.20 invocation      §3.8  property bags   §3.10 URI-valued properties
// For these objects it checks, as the schema does, the allowed keys
// (additionalProperties is false everywhere except in property bags),
// required keys, value types, enums, minimums, minItems and uniqueItems
// (§3.7.3); and, from the spec text: a message has text or id (§3.11), a
// region has a start line or offset and does not end before it starts
// (§3.30.5-§3.30.8), ruleIndex names the rule whose id is ruleId (§3.27.6),
// rule ids are unique within a component (§3.49), related-location ids are
// unique within a result (§3.27, §3.28), and URIs are RFC 3986 references
// without raw spaces, backslashes or non-ASCII bytes (§3.10).
// Other objects the schema allows (codeFlows, graphs, ...) are only checked
// to be an object or an array; migc emits none of them.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace migc::test {

// Violations as "<json-pointer>: <message>", e.g.
// "/runs/0/results/2/locations/0/physicalLocation/region: endLine 3 < startLine 4".
// Empty when the log is valid.
std::vector<std::string> validateSarif(const nlohmann::json& log);

}  // namespace migc::test
