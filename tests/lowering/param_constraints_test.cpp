// The constraint the names put on a param (lower/param_constraints.h) is
// sufficient: in every example and conformance program, each constrained
// param given its longest value that keeps the constraint (and each enum
// param its longest value) makes every name the lowering emits one AWS's
// rules accept (stdlib/data/resource_names.json). And the constraint is not
// empty where it matters: a param that reaches a name with a length limit
// has a maximum length, and one reaching a name with a character set a
// pattern.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

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

// The value a param takes in the worst case the constraint allows: as long
// as it may be ("a" repeated: a letter every pattern here starts and ends with).
std::map<std::string, std::string> longestValues(const ir::Program& program) {
  std::map<std::string, std::string> out;
  for (const ir::Param& p : program.params) {
    if (!p.allowed.empty()) {
      for (const std::string& v : p.allowed)
        if (v.size() > out[p.name].size()) out[p.name] = v;
    } else if (p.name_constraint) {
      int n = p.name_constraint->max_length >= 0 ? p.name_constraint->max_length : 64;
      out[p.name] = std::string(static_cast<size_t>(n), 'a');
    }
  }
  return out;
}

void parts(const model::PValue& v, const std::map<std::string, std::string>& values,
           std::vector<checks::NamePart>& out, bool& unconstrained) {
  using K = model::PValue::Kind;
  switch (v.kind) {
    case K::String: out.push_back({v.text}); break;
    case K::Int: out.push_back({std::to_string(v.integer)}); break;
    case K::Concat:
      for (const auto& item : v.items) parts(item, values, out, unconstrained);
      break;
    case K::Param:
      if (auto it = values.find(v.text); it != values.end()) out.push_back({it->second});
      else out.push_back({v.text, true}), unconstrained = true;
      break;
    default: out.push_back({"", true}); break;
  }
}

TEST(ParamConstraints, LongestAllowedValuesMakeNamesAwsAccepts) {
  int constrained = 0;
  for (const test::CheckedProgram& p : test::checkedPrograms()) {
    const ir::Program& program = p.ws->program;
    std::map<std::string, std::string> values = longestValues(program);
    for (const ir::Param& param : program.params)
      if (param.name_constraint) {
        ++constrained;
        EXPECT_TRUE(std::regex_match(values[param.name], std::regex(param.name_constraint->pattern)))
            << p.name << ": " << param.name << " = " << values[param.name] << " !~ " << param.name_constraint->pattern;
      }
    DiagnosticSink diags;
    model::Stack stack = model::selectTarget(lower::lowerProgram(program, diags), model::Target::Terraform);
    for (const model::Resource& r : stack.resources)
      for (const auto& [argument, value] : r.properties) {
        const checks::NameRule* rule = checks::nameRuleForTerraform(shipped(), r.type, argument);
        if (!rule || !value.any([](const model::PValue& v) { return v.kind == model::PValue::Kind::Param; })) continue;
        std::vector<checks::NamePart> name;
        bool unconstrained = false;
        parts(value, values, name, unconstrained);
        EXPECT_FALSE(unconstrained && (rule->max_length > 0 || !rule->charset.empty()))
            << p.name << ": " << r.type << "." << r.id << " " << argument << " has a param without a constraint";
        auto why = checks::checkNameWorstCase(*rule, name);
        EXPECT_FALSE(why) << p.name << ": " << r.type << "." << r.id << " " << argument << " \""
                          << checks::shownName(name) << "\" " << why->reason;
      }
  }
  EXPECT_GT(constrained, 0) << "no program has a param in a name";
}

}  // namespace
}  // namespace migc
