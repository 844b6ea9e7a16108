// CHK-A19: an Oracle database's character set is one RDS offers (fixed at
// creation, so a typo cannot be corrected later), and no other engine takes
// one. The list is stdlib/data/engine_facts.json's, transcribed from the RDS
// User Guide.
#include <fmt/format.h>

#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class CharacterSetCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A19"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* db : ctx.objectsOf("database")) {
      auto spec = engineOf(*db);
      const EngineFacts* facts = spec ? ctx.data().engineFacts(spec->engine) : nullptr;
      const std::string* set = constText(db->field("character_set"));
      if (!facts || !set) continue;
      SourceRange where = ctx.where(*db, "character_set");
      if (facts->character_sets.empty()) {
        ctx.report(DiagKind::EngineSettingNotApplicable, where, spec->engine, "character_set",
                   "only RDS for Oracle sets a DB character set at creation")
            .help(engineFamily(spec->engine) == "sqlserver"
                      ? "remove character_set; set the collation with CREATE DATABASE ... COLLATE"
                      : "remove character_set; set the encoding in `parameters` or when creating the database");
        continue;
      }
      const auto& sets = facts->character_sets;
      if (std::find(sets.begin(), sets.end(), *set) != sets.end()) continue;
      auto d = ctx.report(DiagKind::CharacterSetNotOffered, where, *set);
      // Case and punctuation are the usual mistakes ("al32utf8", "UTF-8").
      std::string near = closest(*set, sets);
      if (near.empty()) near = sets.front();
      d.fix(where, stringLiteral(near)).help(fmt::format("did you mean '{}'? RDS offers {}", near, join(sets)));
    }
  }
};

std::unique_ptr<DomainCheck> makeCharacterSetCheck() { return std::make_unique<CharacterSetCheck>(); }

}  // namespace migc::checks
