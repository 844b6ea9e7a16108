// Every physical name the lowering emits, in every example and conformance
// program, obeys AWS's identifier rules for its argument
// (stdlib/data/resource_names.json): a name AWS refuses (a security group
// called `sg-...`) passes every validator and fails only at deploy time, as
// the moto deploy trials (tests/deploy/) found.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "checks/resource_names.h"
#include "lower/context.h"
#include "programs.h"

namespace migc {
namespace {

const checks::StdlibData& shipped() {
  static const checks::StdlibData data = [] {
    std::string error;
    auto loaded = checks::loadStdlibData(std::filesystem::path(MIGC_SOURCE_DIR) / "stdlib", error);
    if (!loaded) ADD_FAILURE() << error;
    return loaded ? std::move(*loaded) : checks::StdlibData{};
  }();
  return data;
}

// A name as parts the rule API judges: literal text, and anything decided
// at deploy time (a param, another resource's attribute) as a part of
// unknown length.
void nameParts(const model::PValue& v, std::vector<checks::NamePart>& parts) {
  using K = model::PValue::Kind;
  switch (v.kind) {
    case K::String: parts.push_back({v.text}); break;
    case K::Int: parts.push_back({std::to_string(v.integer)}); break;
    case K::Concat:
      for (const auto& item : v.items) nameParts(item, parts);
      break;
    default: parts.push_back({v.text.empty() ? "value" : v.text, true}); break;
  }
}

TEST(EmittedNames, EveryNameObeysAwsIdentifierRules) {
  for (const test::CheckedProgram& p : test::checkedPrograms()) {
    DiagnosticSink diags;
    model::Stack stack = model::selectTarget(lower::lowerProgram(p.ws->program, diags), model::Target::Terraform);
    for (const model::Resource& r : stack.resources) {
      for (const auto& [argument, value] : r.properties) {
        const checks::NameRule* rule = checks::nameRuleForTerraform(shipped(), r.type, argument);
        if (!rule) continue;
        std::vector<checks::NamePart> parts;
        nameParts(value, parts);
        auto why = checks::checkNameWorstCase(*rule, parts);
        EXPECT_FALSE(why) << p.name << ": " << r.type << "." << r.id << " " << argument << " \""
                          << checks::shownName(parts) << "\" " << why->reason;
      }
    }
  }
}

}  // namespace
}  // namespace migc
