// CHK-A18: an Oracle or SQL Server `database` runs under a license model RDS
// offers for its edition (Oracle EE only bring-your-own-license, SQL Server
// only license-included), on an instance class RDS sells under that model;
// an engine without a license choice takes no license_model. The models and
// classes are cfn-lint's (E3025, keyed by Engine and LicenseModel), through
// stdlib/data/engine_facts.json; engine_defaults.cpp fills both when left out.
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

// The program spells AWS's "license-included" as the word license_included.
std::string awsSpelling(std::string word) {
  std::replace(word.begin(), word.end(), '_', '-');
  return word;
}
std::string programSpelling(std::string model) {
  std::replace(model.begin(), model.end(), '-', '_');
  return model;
}

class LicenseModelCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A18"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf("database")) {
      auto spec = engineOf(*db);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      const std::string* word = constText(db->field("license_model"));
      if (!facts || !word) continue;
      if (facts->license_models.empty()) {
        ctx.report(DiagKind::EngineSettingNotApplicable, ctx.where(*db, "license_model"), spec->engine,
                   "license_model", "RDS offers it with one license only")
            .help("remove license_model; only Oracle and SQL Server editions have a license choice");
        continue;
      }
      std::string model = awsSpelling(*word);
      const auto& offered = facts->license_models;
      if (std::find(offered.begin(), offered.end(), model) == offered.end()) {
        std::vector<std::string> words;
        for (const std::string& m : offered) words.push_back(programSpelling(m));
        auto d = ctx.report(DiagKind::LicenseModelNotOffered, ctx.where(*db, "license_model"), spec->engine, *word,
                            fmt::format("RDS offers it only as {}", join(words, " or ")));
        d.fix(ctx.where(*db, "license_model"), words.front());
        d.help(spec->engine == "oracle-ee"
                   ? "bring your own Enterprise Edition license, or use oracle_se2(...) with the license included"
                   : fmt::format("license_model = {}", words.front()));
        continue;
      }
      checkClass(ctx, *db, *spec, *facts, model);
    }
  }

 private:
  static void checkClass(const CheckContext& ctx, const ir::Object& db, const EngineSpec& spec,
                         const EngineFacts& facts, const std::string& model) {
    const std::string* cls = constText(db.field("instance_class"));
    auto it = facts.instance_classes.find(model);
    if (!cls || it == facts.instance_classes.end()) return;
    const std::vector<std::string>& classes = it->second;
    if (std::find(classes.begin(), classes.end(), *cls) != classes.end()) return;
    SourceRange where = ctx.where(db, "instance_class");
    auto d = ctx.report(DiagKind::InstanceClassNotOffered, where, *cls,
                        fmt::format("{} under {}", spec.engine, programSpelling(model)));
    if (std::string near = closest(*cls, classes); !near.empty() && isWritten(db, "instance_class"))
      d.fix(where, stringLiteral(near)).help(fmt::format("did you mean '{}'?", near));
    else
      d.help(fmt::format("{} runs on x86 classes only (no Graviton db.*g*); e.g. {}", spec.engine,
                         facts.default_instance_class));
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeLicenseModelCheck() { return std::make_unique<LicenseModelCheck>(); }

}  // namespace migc::checks
