// CHK-S5: SSM parameter names Parameter Store accepts, and secure settings
// whose value is written in the program.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

using Kind = ir::Value::Kind;

constexpr int kMaxLevels = 15;

// What is wrong with a constant path, or "".
std::string pathProblem(const std::string& path) {
  if (path.empty() || path.front() != '/') return "must start with '/'";
  if (path.size() > 1 && path.back() == '/') return "must not end with '/'";
  if (path.find("//") != std::string::npos) return "has an empty level ('//')";
  for (std::string_view reserved : {"/aws", "/ssm"})
    if (path.size() >= reserved.size() && std::equal(reserved.begin(), reserved.end(), path.begin(), [](char a, char b) {
          return a == std::tolower(static_cast<unsigned char>(b));
        }))
      return fmt::format("may not start with {} (reserved by AWS)", reserved);
  int levels = 0;
  for (char c : path) {
    if (c == '/') ++levels;
    else if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '-' && c != '_')
      return fmt::format("contains '{}' (allowed: letters, digits, . - _ and /)", c);
  }
  if (levels > kMaxLevels) return fmt::format("has {} levels (at most {})", levels, kMaxLevels);
  return {};
}

class SettingPathCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S5"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* o : ctx.objectsOf("setting")) {
      const ir::Value* path = o->field("path");
      // An interpolated path is judged by its literal parts: the first must start with '/'.
      std::string literal = path && path->kind == Kind::String                              ? path->text
                            : path && path->kind == Kind::Concat && !path->items.empty() &&
                                      path->items.front().kind == Kind::String               ? path->items.front().text
                                                                                              : "";
      bool whole = path && path->kind == Kind::String;
      if (path && (path->kind == Kind::String || path->kind == Kind::Concat)) {
        std::string problem = whole ? pathProblem(literal) : (literal.empty() || literal.front() != '/') ? "must start with '/'" : "";
        if (!problem.empty())
          ctx.report(DiagKind::InvalidSettingPath, ctx.where(*o, "path"), fmt::format("setting path {}", problem))
              .help("write a hierarchical name such as \"/migration/${suffix}/config\"");
      }
      const ir::Value* secure = o->field("secure");
      const ir::Value* value = o->field("value");
      if (secure && secure->kind == Kind::Bool && secure->boolean && value && value->isConstant())
        ctx.report(DiagKind::SecureSettingLiteral, ctx.where(*o, "value"), o->name)
            .help("take the value from a param without a default (`value = db_password`), set at deploy time");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeSettingPathCheck() { return std::make_unique<SettingPathCheck>(); }

}  // namespace migc::checks
