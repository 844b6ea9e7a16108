// CHK-O2: every target writes an output under the same key (ir::outputKey),
// so two outputs whose names differ only in separators would collide.
#include <map>

#include "checks/check.h"

namespace migc::checks {
namespace {

class OutputKeyCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-O2"; }

  void run(const CheckContext& ctx) const override {
    std::map<std::string, const ir::Output*> first;  // key -> the first output with it
    for (const ir::Output& out : ctx.program().outputs) {
      std::string key = ir::outputKey(out.name);
      auto [it, inserted] = first.emplace(key, &out);
      if (inserted) continue;
      ctx.report(DiagKind::OutputKeyClash, out.range, it->second->name, out.name, key)
          .note("the first output with that key", it->second->range)
          .help("rename one of them; the key is the name in camelCase in every target");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeOutputKeyCheck() { return std::make_unique<OutputKeyCheck>(); }

}  // namespace migc::checks
