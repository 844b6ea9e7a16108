// A `param` in any string field reaches every target as a reference to it:
// `var.probe` in Terraform, `Ref: Probe` (or `${Probe}` in Fn::Sub) in
// CloudFormation, `${probe}` in Pulumi — never as its name, never dropped.
// For every string field (and the items of every list of strings) of every
// lowered kind, a declaration of that kind in the examples or conformance
// programs gets the param in that field, and the program is lowered and
// printed for all three targets, every `when` flag on (Pulumi decides flags
// while migc builds). A host where the param makes the program one the
// domain checks refuse (a zone_id beside a created zone) is skipped for the
// next one. Fields sema keeps to values known while migc runs
// (FieldSchema::constant) are refused there instead (MIG1060,
// tests/diagnostics/sema/constant_fields.mig); a field no target has a
// resource for names the diagnostic that carries it (manual_step). A string
// field no program can host fails the coverage test at the end.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "backend.h"
#include "checks/checks.h"
#include "checks/stdlib_data.h"
#include "lower/registry.h"
#include "programs.h"
#include "sema/schema.h"
#include "support/emit_all.h"

namespace migc {
namespace {

using Kind = ir::Value::Kind;

constexpr const char* kProbe = "probe_value";

// Known gaps, each with its reason, until fixed; the list only shrinks.
const std::set<std::string> kPending = {
    // DMS reads a source's address from its secret, which a program with
    // `generate = false` does not let migc write yet.
    "source.host",
};

struct Field {
  std::string kind;
  std::string path;   // "backup.window"; a list of strings: "onprem_cidrs[]"
  bool list = false;  // a list of strings: the param goes in its first item
};

// The string fields of a schema, through its blocks.
void stringFields(const sema::KindSchema& schema, const std::string& kind, const std::string& prefix,
                  std::vector<Field>& out) {
  for (const sema::FieldSchema& f : schema.fields) {
    if (f.constant || f.local_path || !f.manual_step.empty()) continue;
    using Tag = sema::TypeSpec::Tag;
    if (f.type.tag == Tag::String) out.push_back({kind, prefix + f.name, false});
    if (f.type.tag == Tag::List && f.type.element && f.type.element->tag == Tag::String)
      out.push_back({kind, prefix + f.name, true});
    if (f.type.tag == Tag::Block && f.type.block) stringFields(*f.type.block, kind, prefix + f.name + ".", out);
  }
}

// The value at `path` of the object's fields (a repeated block: its
// `occurrence`-th item), created empty at the end when absent; null when a
// block on the way is absent.
ir::Value* slot(ir::Object& o, const std::string& path, size_t occurrence) {
  ir::Value* at = &o.fields;
  size_t start = 0;
  while (true) {
    size_t dot = path.find('.', start);
    std::string name = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    ir::Value* next = const_cast<ir::Value*>(at->get(name));
    if (!next && at == &o.fields && o.defaults) {
      // A default the object does not write: copy it in so it can change.
      if (const ir::Value* d = o.defaults->get(name)) {
        o.fields.entries.emplace_back(name, *d);
        next = &o.fields.entries.back().second;
      }
    }
    if (!next && dot == std::string::npos) {
      at->entries.emplace_back(name, ir::Value{});
      return &at->entries.back().second;
    }
    if (!next) return nullptr;
    if (next->kind == Kind::List && dot != std::string::npos) {  // a repeated block
      if (occurrence >= next->items.size()) return nullptr;
      next = &next->items[occurrence];
    }
    if (dot == std::string::npos) return next;
    if (next->kind != Kind::Map) return nullptr;
    at = next;
    start = dot + 1;
  }
}

// Whether each target's files read the probe param.
std::vector<std::string> missingIn(const std::map<std::string, model::OutputFiles>& outputs) {
  const std::map<std::string, std::vector<std::string>> spellings = {
      {"terraform", {"var.probe_value"}},
      {"cloudformation", {"Ref: ProbeValue", "${ProbeValue}"}},
      {"pulumi", {"${probeValue}"}}};
  std::vector<std::string> missing;
  for (const auto& [target, forms] : spellings) {
    bool found = false;
    for (const model::OutputFile& f : outputs.at(target))
      if (!f.path.starts_with("assets/"))
        for (const std::string& form : forms) found = found || f.content.find(form) != std::string::npos;
    if (!found) missing.push_back(target);
  }
  return missing;
}

TEST(ParamReferences, EveryStringFieldTakesAParamInEveryTarget) {
  std::vector<Field> fields;
  for (const sema::KindSchema* kind : sema::allKinds())
    if (lower::loweringOf(kind->name).lower || kind->name == "source") stringFields(*kind, kind->name, "", fields);
  std::set<std::string> covered;
  std::string error;
  std::optional<checks::StdlibData> data =
      checks::loadStdlibData(std::filesystem::path(MIGC_SOURCE_DIR) / "stdlib", error);
  ASSERT_TRUE(data) << error;
  for (const test::CheckedProgram& p : test::checkedPrograms()) {
    for (size_t index = 0; index < p.ws->program.objects.size(); ++index) {
      for (const Field& field : fields) {
        std::string key = field.kind + "." + field.path;
        if (p.ws->program.objects[index].kind != field.kind) continue;
        for (size_t occurrence = 0; occurrence < 8 && !covered.count(key); ++occurrence) {
          Workspace ws;  // a copy of the checked program with the param routed in
          ws.program = p.ws->program;
          ir::Object& o = ws.program.objects[index];
          ir::Value* v = slot(o, field.path, occurrence);
          if (!v) break;  // a block this declaration does not have: another host may
          o.field_ranges.emplace_back(field.path, o.name_range);  // written, as checks see it
          ir::Value probe = ir::Value::ofParam(kProbe);
          if (field.list) {
            v->kind = Kind::List;
            if (v->items.empty()) v->items.push_back(probe);
            else v->items.front() = probe;
          } else {
            *v = probe;
          }
          ir::Param param;
          param.name = kProbe;
          param.type = "string";
          ws.program.params.push_back(param);
          for (ir::Param& flag : ws.program.params)
            if (flag.type == "bool") {
              flag.has_default = true;
              flag.default_value = ir::Value::ofBool(true);
            }
          DiagnosticSink checked;
          checks::runDomainChecks(ws.program, *data, checked);
          if (checked.hasErrors()) continue;  // not a program the checker accepts: try another host
          covered.insert(key);
          std::map<std::string, model::OutputFiles> outputs;
          try {
            outputs = test::emitAll(ws);
          } catch (const std::exception& e) {
            ADD_FAILURE() << key << " (in " << p.name << "): lowering or printing threw: " << e.what();
            continue;
          }
          std::vector<std::string> missing = missingIn(outputs);
          std::string list;
          for (const std::string& m : missing) list += " " + m;
          EXPECT_TRUE(missing.empty() || kPending.count(key))
              << key << " (in " << p.name << "): the param does not reach" << list;
        }
      }
    }
  }
  for (const Field& field : fields)
    EXPECT_TRUE(covered.count(field.kind + "." + field.path))
        << field.kind << "." << field.path << ": no example or conformance program declares it; add one";
}

}  // namespace
}  // namespace migc
