// CHK-D3: the replication instance class exists, and has the memory the
// pipeline's `min_memory` asks for (dms_instance_classes.json, EC2-equivalent
// sizes). The suggestion stays in the class's family where it can, so the
// price/performance profile the user picked is kept.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kGiB = 1073741824.0;

class DmsInstanceClassCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-D3"; }

  void run(const CheckContext& ctx) const override {
    const NameMap<DmsClassInfo>& classes = ctx.data().dms_classes;
    for (const ir::Object* pipeline : ctx.objectsOf("pipeline")) {
      const std::string* name = constText(pipeline->field("instance.class"));
      if (!name) continue;
      SourceRange where = ctx.where(*pipeline, "instance.class");
      auto it = classes.find(*name);
      if (it == classes.end()) {
        auto d = ctx.report(DiagKind::UnknownDmsInstanceClass, where, *name);
        if (std::string near = closest(*name, keysOf(classes)); !near.empty())
          d.fix(where, stringLiteral(near)).help(fmt::format("did you mean '{}'?", near));
        else
          d.help("classes are dms.<family>.<size> for the families t3, c5, c6i, r5 and r6i");
        continue;
      }
      auto need = constQuantity(pipeline->field("instance.min_memory"), ir::Dimension::Size);
      if (!need || it->second.memory_gib * kGiB >= *need) continue;
      double need_gib = *need / kGiB;
      auto d = ctx.report(DiagKind::DmsInstanceTooSmall, where, *name, formatNumber(it->second.memory_gib),
                          formatNumber(need_gib));
      d.note("min_memory is set here", ctx.where(*pipeline, "instance.min_memory"));
      if (const std::string* bigger = smallestWith(classes, it->second.family, need_gib))
        d.fix(where, stringLiteral(*bigger))
            .help(fmt::format("{} has {} GiB", *bigger, formatNumber(classes.at(*bigger).memory_gib)));
      else
        d.help("no DMS class has that much memory");
    }
  }

 private:
  // The least memory that suffices, in `family` if any class there does.
  static const std::string* smallestWith(const NameMap<DmsClassInfo>& classes, const std::string& family,
                                         double gib) {
    const std::string* best = nullptr;
    for (bool same_family : {true, false}) {
      for (const auto& [name, c] : classes) {
        if (c.memory_gib < gib || (same_family && c.family != family)) continue;
        if (!best || c.memory_gib < classes.at(*best).memory_gib) best = &name;
      }
      if (best) return best;
    }
    return nullptr;
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeDmsInstanceClassCheck() { return std::make_unique<DmsInstanceClassCheck>(); }

}  // namespace migc::checks
