#include "runbook/runbook.h"

#include <algorithm>

#include <fmt/format.h>

#include "cloudformation/printer.h"
#include "lower/cutover.h"
#include "model/yaml_quote.h"
#include "pulumi/aws_names.h"
#include "runbook/secrets.h"

namespace migc::runbook {
namespace {

using Kind = ir::Value::Kind;

// A value as the program would write it: strings quoted, references by name.
std::string spelt(const ir::Program& p, const ir::Value& v) {
  switch (v.kind) {
    case Kind::String: case Kind::Enum: return v.text;
    case Kind::Quantity: return ir::formatQuantity(v.number, v.dimension);
    case Kind::Param: return v.text;
    case Kind::Attr: return p.objects[v.object].name + (v.text.empty() ? "" : "." + v.text);
    case Kind::Concat: {
      std::string out;
      for (const ir::Value& part : v.items)
        out += part.kind == Kind::String ? part.text : "${" + spelt(p, part) + "}";
      return out;
    }
    default: return ir::formatValue(p, v);
  }
}

std::string code(const std::string& s) { return "`" + s + "`"; }

std::string stackName(const std::string& name) {
  std::string out;
  for (char c : name) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
  return out.empty() || !std::isalpha(static_cast<unsigned char>(out.front())) ? "migration-" + out : out;
}

const ir::Param* findParam(const ir::Program& p, const std::string& name) {
  for (const ir::Param& param : p.params)
    if (param.name == name) return &param;
  return nullptr;
}

std::string gates(const ir::Program& p, const ir::Value& phase) {
  std::vector<std::string> out;
  if (const ir::Value* gs = phase.get("gate"))
    for (const ir::Value& g : gs->items) {
      const ir::Value* watch = g.get("watch");
      const ir::Value* below = g.get("below");
      const ir::Value* above = g.get("above");
      if (!watch) continue;
      if (below && below->kind != Kind::Null) out.push_back(code(spelt(p, *watch)) + " below " + spelt(p, *below));
      else if (above && above->kind != Kind::Null) out.push_back(code(spelt(p, *watch)) + " above " + spelt(p, *above));
    }
  if (const ir::Value* alarms = phase.get("alarms"); alarms && !alarms->items.empty()) {
    std::string names;
    for (const ir::Value& a : alarms->items) names += (names.empty() ? "" : ", ") + code(spelt(p, a));
    out.push_back("alarms OK: " + names);
  }
  std::string text;
  for (const std::string& s : out) text += (text.empty() ? "" : "; ") + s;
  return text.empty() ? "—" : text;
}

// A code asset (the path sema resolved, as assets/package.cpp packages it):
// CloudFormation's Code names a local zip that `aws cloudformation package`
// must upload first (MIG3010).
bool hasCodeAssets(const ir::Program& p) {
  for (const ir::Object& o : p.objects)
    if (o.facts.get("code")) return true;
  return false;
}

// The templates create named IAM roles, which `deploy` refuses without
// CAPABILITY_NAMED_IAM; with code assets it deploys the packaged template; a
// template over 51,200 bytes is deployed through S3 (MIG3053).
void commands(std::string& md, const ir::Program& p, bool via_s3, const std::string& param, const std::string& phase,
              const std::string& indent = "   ") {
  md += fmt::format("{}* Terraform: `terraform apply -var {}={}`\n", indent, param, phase);
  bool package = hasCodeAssets(p);
  md += fmt::format(
      "{}* CloudFormation: `{}aws cloudformation deploy --template-file cloudformation/{}.yaml "
      "--stack-name {}{} --capabilities CAPABILITY_NAMED_IAM --parameter-overrides {}={}`\n",
      indent,
      package ? "aws cloudformation package --template-file cloudformation/template.yaml --s3-bucket "
                "\"$ARTIFACT_BUCKET\" --output-template-file cloudformation/packaged.yaml && "
              : "",
      package ? "packaged" : "template", stackName(p.name), via_s3 ? " --s3-bucket \"$ARTIFACT_BUCKET\"" : "",
      cloudformation::pascalName(param), phase);
  md += fmt::format("{}* Pulumi: `pulumi config set {} {} && pulumi up`\n", indent, pulumi::camel(param), phase);
}

void cutover(std::string& md, const ir::Program& p, bool via_s3, const ir::Object& o) {
  const ir::Value* param = o.field("param");
  std::string pname = param ? param->text : "";
  const ir::Param* decl = findParam(p, pname);
  const ir::Value* zone = o.field("zone");
  const ir::Value* record = o.field("record");
  bool created = zone && zone->kind != Kind::Null;
  std::string fqdn = record ? spelt(p, *record) + (created ? "." + spelt(p, *zone) : "") : "";
  md += fmt::format("## Cutover `{}`\n\n", o.name);
  std::string ttl = fmt::format("{}s", static_cast<int64_t>(o.field("ttl")->number));
  md += fmt::format("Clients connect to {}, a weighted CNAME (TTL {}) in {}.\n\n", code(fqdn), ttl,
                    created ? "the hosted zone " + code(spelt(p, *zone)) + " (delegate to its name servers)"
                            : "the hosted zone " + code(o.field("zone_id") ? spelt(p, *o.field("zone_id")) : ""));
  for (const char* side : {"blue", "green"}) {
    std::string base = side;
    const ir::Value* health = o.field(base + ".health");
    md += fmt::format("* {}: {} (set identifier {}){}\n", side, code(spelt(p, *o.field(base + ".target"))),
                      code(o.field(base + ".id")->text),
                      health && health->kind == Kind::Map
                          ? fmt::format(", health check {} every {}", lower::probeProtocol(p, o, base),
                                        spelt(p, *health->get("interval")))
                          : "");
  }
  std::string def = decl && decl->has_default ? decl->default_value.text : "";
  md += fmt::format("\nThe param {} is the current phase{}. Phases, in order:\n\n", code(pname),
                    def.empty() ? "" : " (default " + code(def) + ")");
  md += "| # | phase | blue | green | before entering |\n|---|---|---|---|---|\n";
  const ir::Value* phases = o.field("phase");
  std::string rollback;
  int n = 0;
  for (const ir::Value& ph : phases ? phases->items : std::vector<ir::Value>{}) {
    std::string name = ph.get("name")->text;
    bool rb = ph.get("rollback") && ph.get("rollback")->boolean;
    if (rollback.empty() && (rb || name == "rollback")) rollback = name;
    md += fmt::format("| {} | {}{} | {} | {} | {} |\n", ++n, code(name), rb ? " (rollback)" : "",
                      ph.get("blue")->integer, ph.get("green")->integer, gates(p, ph));
  }
  md += fmt::format(
      "\n### Advance\n\nFor each phase in order: check what must hold before entering it, select it, then "
      "wait at least the TTL ({}) before judging the traffic split.\n\n",
      ttl);
  n = 0;
  for (const ir::Value& ph : phases ? phases->items : std::vector<ir::Value>{}) {
    if (ph.get("name")->text == rollback) continue;  // under Roll back
    md += fmt::format("{}. {} — blue {}, green {}; before: {}\n", ++n, code(ph.get("name")->text),
                      ph.get("blue")->integer, ph.get("green")->integer, gates(p, ph));
    commands(md, p, via_s3, pname, ph.get("name")->text);
  }
  md += "\n### Roll back\n\n";
  if (rollback.empty()) {
    md += "No phase is marked as the rollback (MIG2044): select the first phase again.\n";
  } else {
    md += fmt::format("Select {} (all traffic back to blue) with the target you deploy with, then wait the TTL "
                      "({}):\n\n", code(rollback), ttl);
    commands(md, p, via_s3, pname, rollback, "");
  }
  md += "\n";
}

// The account-wide roles DMS needs under fixed names are a stack of their
// own, deployed once per account before any migration's stack.
void accountBootstrap(std::string& md, const ir::Program& p) {
  md += fmt::format(
      "## Once per account\n\n"
      "DMS needs two roles under names it fixes for the whole account, `dms-vpc-role` and "
      "`dms-cloudwatch-logs-role`, so they are not part of this migration's stack: every stack of the account "
      "shares them. Skip this step where the account has them already "
      "(`aws iam get-role --role-name dms-vpc-role`); otherwise deploy the bootstrap once, before the first "
      "stack:\n\n"
      "* Terraform: `terraform -chdir=terraform/bootstrap init && terraform -chdir=terraform/bootstrap apply`\n"
      "* CloudFormation: `aws cloudformation deploy --template-file cloudformation/bootstrap.yaml "
      "--stack-name {}-account --capabilities CAPABILITY_NAMED_IAM`\n"
      "* Pulumi: `cd pulumi/bootstrap && pulumi up`\n\n",
      stackName(p.name));
}

bool replicatesChanges(const ir::Object& o) {
  const ir::Value* mode = o.kind == "pipeline" ? o.field("mode") : nullptr;
  return mode && mode->text != "full_load";
}

// The pipeline's target_prep: do_nothing, the default, when unset.
std::string targetPrep(const ir::Object& o) {
  const ir::Value* settings = o.field("settings");
  const ir::Value* prep = settings ? settings->get("target_prep") : nullptr;
  return prep ? prep->text : "do_nothing";
}

// target_prep = do_nothing or truncate: DMS creates no table (CHK-D16).
bool loadsIntoExistingTables(const ir::Object& o) {
  if (o.kind != "pipeline") return false;
  std::string prep = targetPrep(o);
  return prep == "do_nothing" || prep == "truncate";
}

// What must hold before a pipeline's task starts: what its source needs for
// DMS to capture changes (the checks record it per source from
// engine_facts.json: binlog_format = ROW, ARCHIVELOG, MS-CDC, ...), since
// migc cannot see the source's settings; and, with target_prep =
// do_nothing or truncate, the target's tables (MIG2152).
void beforeReplication(std::string& md, const ir::Program& p, const std::vector<const ir::Object*>& pipelines) {
  md += "## Before replication starts\n\n"
        "DMS captures changes only from a source prepared for it, and loads only into tables that exist unless "
        "told to create them; migc cannot see either database: check each of these before starting the task.\n\n";
  for (const ir::Object* o : pipelines) {
    const ir::Object* found = p.referenced(*o, "from");
    const ir::Object* target = p.referenced(*o, "to");
    if (!found || !target) continue;
    const ir::Object& source = *found;
    const ir::Value* engine = source.facts.get("dms_engine_name");
    md += fmt::format("### Pipeline {}: from {}{}\n\n", code(o->name), code(source.name),
                      engine ? " (" + engine->text + ")" : "");
    const ir::Value* steps = replicatesChanges(*o) ? source.facts.get("cdc_prerequisites") : nullptr;
    for (const ir::Value& step : steps ? steps->items : std::vector<ir::Value>{})
      md += "* [ ] " + step.text + "\n";
    // RDS for SQL Server starts with no user database (MIG2175).
    const ir::Value* target_engine = target->facts.get("dms_engine_name");
    const ir::Value* database = target->field("database");
    if (target_engine && target_engine->text == "sqlserver" && database && database->kind == ir::Value::Kind::String)
      md += fmt::format("* [ ] the database {} exists on {}: RDS for SQL Server creates none (`CREATE DATABASE "
                        "[{}]` as the master user)\n",
                        code(database->text), code(target->name), database->text);
    if (loadsIntoExistingTables(*o))
      md += fmt::format("* [ ] the tables exist in {} (`target_prep = {}`: DMS creates none): for the same "
                        "engine, the source's schema without data (e.g. `pg_dump --schema-only`, `mysqldump "
                        "--no-data`); across engines, the AWS Schema Conversion Tool\n",
                        code(target->name), targetPrep(*o));
    md += "\n";
  }
}

// Text that cannot end (or nest) an HTML comment: "--" never appears in it,
// and no line break but '\n' does.
std::string htmlCommentText(std::string_view text) {
  std::string out = model::escapeControls(text);
  for (size_t at = out.find("--"); at != std::string::npos; at = out.find("--", at)) out.replace(at, 2, "- -");
  return out;
}

// A heading that stays one heading: no line breaks, and no '<' or '>' to
// open an HTML comment or tag that would hide what follows.
std::string headingText(std::string_view text) {
  std::string out;
  for (char c : model::escapeControls(text)) out += c == '<' ? "&lt;" : c == '>' ? "&gt;" : std::string(1, c);
  return out;
}


}  // namespace

bool hasRunbook(const ir::Program& p, bool bootstrap) {
  return bootstrap || hasSecretsToFill(p) || std::any_of(p.objects.begin(), p.objects.end(),
                     [](const ir::Object& o) {
                       return o.kind == "cutover" || replicatesChanges(o) || loadsIntoExistingTables(o);
                     });
}

model::OutputFiles writeRunbook(const ir::Program& p, const std::string& header, RunbookOptions options) {
  bool via_s3 = options.via_s3;
  std::vector<const ir::Object*> cutovers;
  std::vector<const ir::Object*> prepared;  // pipelines with something to check before they start
  for (const ir::Object& o : p.objects) {
    if (o.kind == "cutover") cutovers.push_back(&o);
    if (replicatesChanges(o) || loadsIntoExistingTables(o)) prepared.push_back(&o);
  }
  bool secrets = hasSecretsToFill(p);
  if (cutovers.empty() && prepared.empty() && !options.bootstrap && !secrets) return {};
  std::string md = fmt::format("# Runbook: {}\n\n", headingText(p.name));
  if (!header.empty()) md += "<!-- " + htmlCommentText(header) + " -->\n\n";
  std::string required;
  for (const ir::Param& param : p.params)
    if (!param.has_default) required += (required.empty() ? "" : ", ") + code(param.name);
  md += "Run the Terraform commands in terraform/, the Pulumi commands in pulumi/ and the CloudFormation "
        "commands in this folder.";
  if (!required.empty())
    md += " Params without a default must also be given on every deploy: " + required +
          " (Terraform `-var`, CloudFormation `--parameter-overrides`, Pulumi `pulumi config set`).";
  // Both reasons to upload use the same bucket: name it once.
  std::vector<std::string> uploads;
  if (via_s3) uploads.push_back("the template is over 51,200 bytes, the most `deploy` passes inline (`deploy --s3-bucket`)");
  if (hasCodeAssets(p))
    uploads.push_back("the template refers to its function code as local zips (`aws cloudformation package`)");
  if (!uploads.empty())
    md += " Set `ARTIFACT_BUCKET` to an S3 bucket you own, where CloudFormation's files are uploaded: " +
          fmt::format("{}.", fmt::join(uploads, "; "));
  md += "\n\n";
  if (options.bootstrap) accountBootstrap(md, p);
  if (secrets) md += secretsToFill(p);
  if (!prepared.empty()) beforeReplication(md, p, prepared);
  for (const ir::Object* o : cutovers) cutover(md, p, via_s3, *o);
  md += "## Alarms to watch\n\n";
  bool any = false;
  for (const ir::Object& a : p.objects) {
    if (a.kind != "alarm") continue;
    if (!any) md += "| alarm | metric | threshold |\n|---|---|---|\n";
    any = true;
    const ir::Value* facts = a.facts.get("watch");
    std::string metric = facts ? facts->get("namespace")->text + " " + facts->get("metric")->text : "";
    const ir::Value* above = a.field("above");
    bool is_above = above && above->kind != Kind::Null;
    const ir::Value* threshold = is_above ? above : a.field("below");
    md += fmt::format("| {} | {} ({}) | {} {} for {} |\n", code(a.name), code(spelt(p, *a.field("watch"))), metric,
                      is_above ? "above" : "below", threshold ? spelt(p, *threshold) : "?", spelt(p, *a.field("for")));
  }
  if (!any) md += "The program declares no alarms.\n";
  if (!options.cost.empty()) md += "\n## Monthly cost\n\n" + options.cost;
  md += "\n## Outputs to check\n\n";
  if (p.outputs.empty()) {
    md += "The program declares no outputs.\n";
  } else {
    md += "`terraform output`, `aws cloudformation describe-stacks --stack-name " + stackName(p.name) +
          " --query 'Stacks[0].Outputs'` or `pulumi stack output` (the same key in every target):\n\n";
    for (const ir::Output& out : p.outputs)
      md += fmt::format("* {} = {}\n", code(ir::outputKey(out.name)), code(spelt(p, out.value)));
  }
  return {{"runbook.md", md}};
}

}  // namespace migc::runbook
