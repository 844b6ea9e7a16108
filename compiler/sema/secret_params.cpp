// Which params hold secrets: they are emitted as sensitive in every target
// and can never be given with --set (docs/security.md).
#include <algorithm>
#include <cctype>
#include <set>

#include "sema/value_checks.h"

namespace migc::sema {
namespace {
using Kind = ir::Value::Kind;

std::vector<std::string> words(std::string_view name) {
  std::vector<std::string> out(1);
  for (char c : name) {
    if (c == '_' || c == '-' || c == '.') {
      if (!out.back().empty()) out.emplace_back();
    } else {
      out.back() += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

void collectParams(const ir::Value& v, std::set<std::string>& out) {
  if (v.kind == Kind::Param) out.insert(v.text);
  for (const ir::Value& item : v.items) collectParams(item, out);
  for (const auto& [key, item] : v.entries) collectParams(item, out);
}

// Params written under a secret-looking key anywhere in a value
// (`environment = { DB_PASSWORD = p }`).
void collectUnderSecretKeys(const ir::Value& v, std::set<std::string>& out) {
  for (const auto& [key, item] : v.entries) {
    if (looksSecret(key)) collectParams(item, out);
    else collectUnderSecretKeys(item, out);
  }
  for (const ir::Value& item : v.items) collectUnderSecretKeys(item, out);
}

}  // namespace

bool looksSecret(std::string_view name) {
  std::vector<std::string> w = words(name);
  if (w.empty()) return false;
  // Names of a secret, not the secret: db_password_arn, secret_name.
  static const std::set<std::string, std::less<>> kNotTheValue = {"arn", "name", "id", "path", "length", "ttl", "rotation"};
  if (w.size() > 1 && kNotTheValue.count(w.back())) return false;
  static const std::set<std::string, std::less<>> kSecretWords = {
      "password", "passwd", "pwd", "passphrase", "secret", "token", "credential", "credentials", "apikey", "privatekey"};
  for (size_t i = 0; i < w.size(); ++i) {
    if (kSecretWords.count(w[i]) || w[i].find("password") != std::string::npos) return true;
    if (i + 1 < w.size() && w[i + 1] == "key" &&
        (w[i] == "api" || w[i] == "private" || w[i] == "access" || w[i] == "secret" || w[i] == "signing" ||
         w[i] == "auth" || w[i] == "encryption"))
      return true;
  }
  return false;
}

void markSecretParams(ir::Program& program) {
  std::set<std::string> flows;
  for (const ir::Object& o : program.objects) {
    // A SecureString setting's value is a credential by declaration.
    if (o.kind == "setting") {
      const ir::Value* secure = o.field("secure");
      if (secure && secure->kind == Kind::Bool && secure->boolean)
        if (const ir::Value* value = o.field("value")) collectParams(*value, flows);
    }
    collectUnderSecretKeys(o.fields, flows);
  }
  for (ir::Param& p : program.params) p.secret = looksSecret(p.name) || flows.count(p.name);
}

}  // namespace migc::sema
