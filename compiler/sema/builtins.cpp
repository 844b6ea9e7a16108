// Built-in functions. Engines are Maps tagged "engine" with the AWS engine
// name and version, so schemas and backends read them uniformly.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "sema/builtin_functions.h"
#include "sema/elaborator.h"

namespace migc::sema {
namespace {

using Kind = ir::Value::Kind;

ir::Value engine(std::string name, std::string version) {
  ir::Value v;
  v.kind = Kind::Map;
  v.text = "engine";
  v.entries.emplace_back("engine", ir::Value::ofString(std::move(name)));
  v.entries.emplace_back("version", ir::Value::ofString(std::move(version)));
  return v;
}

constexpr EngineFunction kEngines[] = {
    {"aurora_postgresql", "aurora-postgresql", "Aurora PostgreSQL-compatible"},
    {"postgres", "postgres", "RDS for PostgreSQL (or a PostgreSQL source)"},
    {"aurora_mysql", "aurora-mysql", "Aurora MySQL-compatible"},
    {"mysql", "mysql", "RDS for MySQL (or a MySQL source)"},
    {"mariadb", "mariadb", "RDS for MariaDB (or a MariaDB source)"},
    {"oracle", "oracle", "Oracle, any edition (a migration source)"},
    {"oracle_ee", "oracle-ee", "RDS for Oracle Enterprise Edition (or an Oracle EE source)"},
    {"oracle_se2", "oracle-se2", "RDS for Oracle Standard Edition 2 (or an Oracle SE2 source)"},
    {"sqlserver", "sqlserver", "Microsoft SQL Server, any edition (a migration source)"},
    {"sqlserver_ee", "sqlserver-ee", "RDS for SQL Server Enterprise Edition (or a SQL Server EE source)"},
    {"sqlserver_se", "sqlserver-se", "RDS for SQL Server Standard Edition (or a SQL Server SE source)"},
    {"sqlserver_ex", "sqlserver-ex", "RDS for SQL Server Express Edition (or a SQL Server Express source)"},
    {"sqlserver_web", "sqlserver-web", "RDS for SQL Server Web Edition (or a SQL Server Web source)"}};

constexpr BuiltinFunction kBuiltins[] = {
    {"range", "range(n: int) -> list of 0..n-1"},
    {"length", "length(x: list | map | string) -> int"},
    {"lower", "lower(s: string) -> string"},
    {"upper", "upper(s: string) -> string"},
    {"join", "join(separator: string, items: list of strings) -> string"},
    {"min", "min(a, b) -> the smaller, units kept"},
    {"max", "max(a, b) -> the larger, units kept"},
    {"cron", "cron(expression: string) -> a schedule expression"},
    {"rate", "rate(every: duration of whole minutes) -> a schedule expression"}};

std::string rateText(double seconds) {
  auto unit = [](int64_t n, const char* one) { return fmt::format("rate({} {}{})", n, one, n == 1 ? "" : "s"); };
  int64_t s = static_cast<int64_t>(seconds);
  if (s % 86400 == 0) return unit(s / 86400, "day");
  if (s % 3600 == 0) return unit(s / 3600, "hour");
  return unit(s / 60, "minute");
}

}  // namespace

std::span<const EngineFunction> engineFunctions() { return kEngines; }
std::span<const BuiltinFunction> builtinFunctions() { return kBuiltins; }

ir::Value Elaborator::call(const Ast& ast, NodeId id) {
  const Node& n = ast.node(id);
  const Node& callee = ast.node(n.a);
  SourceRange where = range(ast, id);
  if (callee.kind != NodeKind::Name) {
    diags_.report(DiagKind::BadCall, range(ast, n.a), "only built-in functions can be called");
    return {};
  }
  std::string_view fn = ast.str(callee.name);
  std::vector<ir::Value> args;
  for (NodeId a : ast.list(n.list)) {
    const Node& arg = ast.node(a);
    if (arg.name.valid()) {
      diags_.report(DiagKind::BadCall, range(ast, a), fmt::format("'{}' takes no named arguments", fn));
      return {};
    }
    args.push_back(eval(ast, arg.a));
    if (args.back().kind == Kind::Null) return {};
  }
  auto arity = [&](size_t want) {
    if (args.size() == want) return true;
    diags_.report(DiagKind::BadCall, where,
                  fmt::format("'{}' takes {} argument{}, found {}", fn, want, want == 1 ? "" : "s", args.size()));
    return false;
  };
  auto want = [&](size_t i, Kind kind, const char* what) {
    if (args[i].kind == kind) return true;
    diags_.report(DiagKind::TypeMismatch, args[i].range, what, describe(args[i]));
    return false;
  };
  for (const EngineFunction& e : kEngines) {
    if (fn != e.function) continue;
    if (!arity(1)) return {};
    if (args[0].kind == Kind::Int || args[0].kind == Kind::Number)
      return engine(std::string(e.engine), fmt::format("{}", args[0].number));
    if (!want(0, Kind::String, "a version string such as \"16.4\"")) return {};
    return engine(std::string(e.engine), args[0].text);
  }
  if (fn == "range") {
    if (!arity(1) || !want(0, Kind::Int, "an integer")) return {};
    ir::Value out;
    out.kind = Kind::List;
    if (args[0].integer > static_cast<int64_t>(kMaxValueNodes)) {
      overLimit("range(" + std::to_string(args[0].integer) + ")", kMaxValueNodes, where);
      return {};
    }
    for (int64_t i = 0; i < args[0].integer; ++i) out.items.push_back(ir::Value::ofInt(i));
    return out;
  }
  if (fn == "length") {
    if (!arity(1)) return {};
    const ir::Value& v = args[0];
    if (v.kind == Kind::List) return ir::Value::ofInt(int64_t(v.items.size()));
    if (v.kind == Kind::Map) return ir::Value::ofInt(int64_t(v.entries.size()));
    if (v.kind == Kind::String) return ir::Value::ofInt(int64_t(v.text.size()));
    diags_.report(DiagKind::TypeMismatch, v.range, "a list, map or string", describe(v));
    return {};
  }
  if (fn == "lower" || fn == "upper") {
    if (!arity(1) || !want(0, Kind::String, "a string")) return {};
    std::string s = args[0].text;
    for (char& c : s) c = static_cast<char>(fn == "lower" ? std::tolower(static_cast<unsigned char>(c))
                                                          : std::toupper(static_cast<unsigned char>(c)));
    return ir::Value::ofString(s);
  }
  if (fn == "join") {
    if (!arity(2) || !want(0, Kind::String, "a separator string") || !want(1, Kind::List, "a list")) return {};
    std::string out;
    for (size_t i = 0; i < args[1].items.size(); ++i) {
      if (args[1].items[i].kind != Kind::String) {
        diags_.report(DiagKind::TypeMismatch, args[1].range, "a list of strings", describe(args[1].items[i]));
        return {};
      }
      out += (i ? args[0].text : "") + args[1].items[i].text;
      if (!stringFits(out.size(), where)) return {};
    }
    return ir::Value::ofString(out);
  }
  if (fn == "min" || fn == "max") {
    if (!arity(2)) return {};
    const ir::Value& a = args[0];
    const ir::Value& b = args[1];
    bool comparable = (a.kind == Kind::Int || a.kind == Kind::Number) == (b.kind == Kind::Int || b.kind == Kind::Number) &&
                      (a.kind != Kind::Quantity || (b.kind == Kind::Quantity && a.dimension == b.dimension));
    if (!comparable || a.kind == Kind::String || a.kind == Kind::List) {
      diags_.report(DiagKind::InvalidOperands, where, fn, describe(a), describe(b));
      return {};
    }
    return (a.number < b.number) == (fn == "min") ? a : b;
  }
  if (fn == "cron") {
    if (!arity(1) || !want(0, Kind::String, "a cron expression string")) return {};
    return ir::Value::ofString("cron(" + args[0].text + ")");
  }
  if (fn == "rate") {
    if (!arity(1)) return {};
    if (args[0].kind != Kind::Quantity || args[0].dimension != ir::Dimension::Duration || args[0].number < 60 ||
        static_cast<int64_t>(args[0].number) % 60 != 0) {
      diags_.report(DiagKind::TypeMismatch, args[0].range, "a duration of whole minutes", describe(args[0]));
      return {};
    }
    return ir::Value::ofString(rateText(args[0].number));
  }
  auto d = diags_.report(DiagKind::BadCall, range(ast, n.a), fmt::format("unknown function '{}'", fn));
  d.help("built-ins: aurora_postgresql, postgres, oracle, range, length, lower, upper, join, min, max, cron, rate");
  return {};
}

}  // namespace migc::sema
