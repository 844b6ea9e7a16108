#include "runbook/secrets.h"

#include <map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lower/context.h"

namespace migc::runbook {
namespace {

using Kind = ir::Value::Kind;

bool generated(const ir::Object& secret) {
  const ir::Value* generate = secret.field("generate");
  return !generate || generate->kind != Kind::Bool || generate->boolean;
}

// A physical name as the operator types it: deploy-time params as <name>.
std::string nameText(const model::PValue& v) {
  if (v.kind == model::PValue::Kind::String) return v.text;
  if (v.kind == model::PValue::Kind::Param) return "<" + v.text + ">";
  std::string out;
  for (const model::PValue& part : v.items) out += nameText(part);
  return out;
}

// A JSON string value: the program's text, or a placeholder for a param.
std::string jsonText(const ir::Value& v) {
  if (v.kind == Kind::String) return nlohmann::json(v.text).dump();
  if (v.kind == Kind::Param) return "\"<" + v.text + ">\"";
  return "\"<value>\"";
}

std::string portText(const ir::Object& source) {
  const ir::Value* port = source.field("port");
  if (!port || port->kind == Kind::Null) port = source.facts.get("default_port");
  if (port && port->kind == Kind::Int) return std::to_string(port->integer);
  if (port && port->kind == Kind::Param) return "\"<" + port->text + ">\"";
  return "\"<port>\"";
}

// Each secret that is a source's login, with those sources (in program order).
using Logins = std::map<const ir::Object*, std::vector<const ir::Object*>>;
Logins loginsOf(const ir::Program& p) {
  Logins out;
  for (const ir::Object& o : p.objects)
    if (o.kind == "source")
      if (const ir::Object* secret = p.referenced(o, "credentials")) out[secret].push_back(&o);
  return out;
}

// A secret someone must fill: one set out of band, or a source's login,
// which DMS reads whole (host and port too) and AWS cannot generate.
bool toFill(const Logins& logins, const ir::Object& o) {
  return o.kind == "secret" && (!generated(o) || logins.count(&o));
}

void secretSection(std::string& md, const ir::Program& p, const Logins& logins, const ir::Object& secret) {
  std::string name = nameText(lower::Context::nameOf(p, secret, "secret"));
  const ir::Value* username = secret.field("username");
  std::string user = username && username->kind != Kind::Null ? jsonText(*username) : "\"<username>\"";
  auto sources = logins.find(&secret);
  md += fmt::format("### Secret `{}`\n\n", secret.name);
  std::string when = secret.condition.kind == Kind::Null ? "" : fmt::format(" when `{}` is true", secret.condition.text);
  if (generated(secret))
    md += fmt::format("The stack creates `{}`{} with a generated password (`generate = true`, MIG5027), which the "
                      "source does not know: replace the whole value. ", name, when);
  else
    md += fmt::format("The stack creates `{}` empty (`generate = false`){}. ", name, when);
  if (sources == logins.end()) {
    md += "Put its value before anything reads it:\n\n";
    md += fmt::format("```json\n{{\"username\": {}, \"password\": \"<password>\"}}\n```\n\n", user);
  } else {
    // DMS takes the whole login from the secret when the endpoint names one
    // (SecretsManagerSecretId): server name and port are not set on it.
    for (const ir::Object* source : sources->second) {
      md += fmt::format("Source `{}` logs in with it: DMS reads the user, password, host and port from the "
                        "secret, not from the endpoint, so put them all before the task starts:\n\n", source->name);
      const ir::Value* host = source->field("host");
      md += fmt::format("```json\n{{\"username\": {}, \"password\": \"<password>\", \"host\": {}, \"port\": {}}}\n```\n\n",
                        user, host ? jsonText(*host) : "\"<host>\"", portText(*source));
    }
  }
  md += fmt::format("`aws secretsmanager put-secret-value --secret-id {} --secret-string file://{}.json` "
                    "(write the file where version control and shell history cannot see it, and delete it "
                    "afterwards).\n\n",
                    name, secret.name);
}

}  // namespace

bool hasSecretsToFill(const ir::Program& p) {
  Logins logins = loginsOf(p);
  for (const ir::Object& o : p.objects)
    if (toFill(logins, o)) return true;
  return false;
}

std::string secretsToFill(const ir::Program& p) {
  std::string md = "## Secrets to fill\n\n"
                   "These secrets hold credentials only you know: their value is never in the program, the outputs "
                   "or the state. Put each one after the first deploy and before what reads it starts.\n\n";
  Logins logins = loginsOf(p);
  for (const ir::Object& o : p.objects)
    if (toFill(logins, o)) secretSection(md, p, logins, o);
  return md;
}

}  // namespace migc::runbook
