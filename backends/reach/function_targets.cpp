// Function → what its permissions name. migc runs functions outside any
// VPC, so they reach every AWS API over its public endpoint: Route 53, SSM,
// DynamoDB, SNS, DMS and the rest are reachable whatever they are granted
// on. An action that opens a connection to a database (the table below)
// also needs a network path to its private endpoint, which such a function
// does not have.
#include <array>
#include <string_view>

#include <fmt/format.h>

#include "reach/paths.h"

namespace migc::reach {
namespace {

// Action prefixes that are connections to the object, not API calls.
constexpr std::array<std::string_view, 1> kConnectionActions = {"rds-db:"};

bool opensConnection(std::string_view action) {
  for (std::string_view prefix : kConnectionActions)
    if (action.starts_with(prefix)) return true;
  return false;
}

bool inVpc(const Analysis& a, const ir::Object& fn) {
  for (const model::Resource* r : a.graph.owned(fn.name, "aws_lambda_function"))
    if (Graph::property(*r, "vpc_config")) return true;
  return false;
}

// A database the model makes reachable from the internet (none today: migc
// keeps clusters and instances private).
bool isPublic(const Analysis& a, const ir::Object& db) {
  for (const char* type : {"aws_rds_cluster_instance", "aws_db_instance"})
    for (const model::Resource* r : a.graph.owned(db.name, type))
      if (const model::PValue* p = Graph::property(*r, "publicly_accessible"); p && p->kind == model::PValue::Kind::Bool && p->boolean)
        return true;
  return false;
}

}  // namespace

void checkFunctionTargets(const Analysis& a) {
  for (const ir::Object* fn : a.objectsOf("function")) {
    const ir::Value* allow = fn->field("allow");
    if (!allow || inVpc(a, *fn)) continue;
    for (const auto& [action, targets] : allow->entries) {
      if (!opensConnection(action)) continue;
      std::vector<const ir::Value*> items;
      if (targets.kind == ir::Value::Kind::List)
        for (const ir::Value& t : targets.items) items.push_back(&t);
      else
        items.push_back(&targets);
      for (const ir::Value* t : items) {
        const ir::Object* db = a.object(t);
        if (!db || (db->kind != "cluster" && db->kind != "database") || isPublic(a, *db)) continue;
        const ir::Object* network = a.object(db->field("network"));
        // At the grant when it is written in the function (a shared let's
        // value would escape the function's @allow).
        SourceRange at = t->range.file.valid() && t->range.file.index == fn->range.file.index &&
                                 t->range.begin >= fn->range.begin && t->range.end <= fn->range.end
                             ? t->range
                             : fn->rangeOf("allow");
        a.diags.report(DiagKind::FunctionTargetUnreachable, at, fn->name, action, db->kind, db->name,
                       fmt::format("the function runs in no VPC and {} {} is private to network {}", db->kind, db->name,
                                   network ? network->name : "?"))
            .help("query through the RDS Data API, or run the code as a service in the database's network");
      }
    }
  }
}

}  // namespace migc::reach
