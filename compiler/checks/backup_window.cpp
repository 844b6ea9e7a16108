// CHK-A10: the backup window is "HH:MM-HH:MM", 24-hour UTC, at least 30
// minutes (RDS PreferredBackupWindow). Sema sees only a string.
#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

struct Window {
  int h1, m1, h2, m2;
  bool padded;  // every field had two digits
};

// Accepts one- or two-digit hours so that "3:00-4:00" gets a precise fix.
std::optional<Window> parse(std::string_view s) {
  Window w{};
  w.padded = true;
  size_t i = 0;
  auto number = [&](int max_digits, int& out) {
    size_t start = i;
    out = 0;
    while (i < s.size() && i - start < size_t(max_digits) && std::isdigit(static_cast<unsigned char>(s[i])))
      out = out * 10 + (s[i++] - '0');
    if (i - start != 2) w.padded = false;
    return i > start;
  };
  auto expect = [&](char c) { return i < s.size() && s[i++] == c; };
  if (!(number(2, w.h1) && expect(':') && number(2, w.m1) && expect('-') && number(2, w.h2) && expect(':') &&
        number(2, w.m2) && i == s.size()))
    return std::nullopt;
  return w;
}

class BackupWindowCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-A10"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* cluster : ctx.objectsOf({"cluster", "database"})) {
      const std::string* text = constText(cluster->field("backup.window"));
      if (!text) continue;
      SourceRange where = ctx.where(*cluster, "backup.window");
      auto report = [&](std::string problem) {
        return ctx.report(DiagKind::InvalidBackupWindow, where, *text, problem);
      };
      std::optional<Window> w = parse(*text);
      if (!w) {
        report("expected \"HH:MM-HH:MM\" (24-hour, UTC)").help("times are always UTC, e.g. \"03:00-04:00\"");
        continue;
      }
      if (w->h1 > 23 || w->h2 > 23 || w->m1 > 59 || w->m2 > 59) {
        report("times run from 00:00 to 23:59");
        continue;
      }
      std::string canonical = fmt::format("{:02}:{:02}-{:02}:{:02}", w->h1, w->m1, w->h2, w->m2);
      if (!w->padded) {
        report("expected two-digit times, \"HH:MM-HH:MM\"").fix(where, stringLiteral(canonical));
        continue;
      }
      int minutes = ((w->h2 * 60 + w->m2) - (w->h1 * 60 + w->m1) + 1440) % 1440;
      if (minutes < 30)
        report(fmt::format("the window is {} minutes; it must be at least 30", minutes))
            .help(fmt::format("e.g. \"{:02}:{:02}-{:02}:{:02}\"", w->h1, w->m1, (w->h1 * 60 + w->m1 + 30) / 60 % 24,
                              (w->m1 + 30) % 60));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeBackupWindowCheck() { return std::make_unique<BackupWindowCheck>(); }

}  // namespace migc::checks
