// YAML and number text shared by the CloudFormation and Pulumi printers.
// Both targets are read by several YAML implementations (cfn-lint and the
// AWS service use YAML 1.1-style resolvers, Pulumi uses a YAML 1.2 reader),
// so a string is written plain only when every one of them reads it back as
// that same string; everything else is double-quoted.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace migc::model {

// True when `s` may be written as a plain (unquoted) YAML scalar: not empty,
// no leading/trailing space, no control or line-break characters, not
// starting with an indicator or a digit/sign/dot (numbers, dates, times,
// sexagesimals, .inf, 0x10, 010, 1_000, 1e3 ...), not a YAML 1.1 bool/null
// word in any case (yes/no/on/off/y/n/true/false/null/~), no ": " or " #",
// no trailing ':'. Conservative on purpose: when in doubt, quote.
bool isPlainSafe(std::string_view s);

// Shortest text that reads back as the same double ("0.5", "3", "1e+21").
// Integral values have no decimals. Non-finite values give "null": none of
// the targets' JSON-like value languages has a portable infinity.
std::string formatNumber(double v);

// formatNumber, adjusted so a YAML 1.1 reader also sees a float: an exponent
// needs a '.' in the mantissa there ("1.0e+21").
std::string yamlNumber(double v);

// True when a double-quoted `s` must escape every code point above U+007E:
// it holds a malformed UTF-8 sequence, LS or PS (which a reader folds when
// written raw inside quotes) or DEL (which YAML 1.2 forbids in a document).
// Otherwise only control characters, C1 controls, NBSP and BOM are escaped.
bool needsEscapedNonAscii(std::string_view s);

// Writes `doc` as block-style YAML (yaml_emit.cpp): maps and sequences in
// block style (empty ones as {} / []), strings plain only when isPlainSafe
// (keys too), otherwise double-quoted. The result ends with a newline.
std::string emitYaml(const nlohmann::ordered_json& doc);
// The same, appended to `out` (after a header, without copying the text).
void emitYaml(const nlohmann::ordered_json& doc, std::string& out);

// `text` with every control character, line-break-like code point (CR,
// NEL, LS, PS), DEL, BOM and malformed byte written as \uXXXX / \xXX text:
// safe inside any single-line comment or heading. Tabs are kept.
std::string escapeControls(std::string_view text);

// "# line" for every line of `text` (blank lines become "#"); "" for "".
std::string commentLines(std::string_view text, std::string_view marker = "#");

}  // namespace migc::model
