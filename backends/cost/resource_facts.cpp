#include "cost/resource_facts.h"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace migc::cost {

ResourceFacts::ResourceFacts(const model::Stack& stack) : stack_(stack) {
  for (const model::Resource& r : stack.resources) by_id_[r.id] = &r;
  for (const model::Param& p : stack.params) params_[p.name] = &p;
}

bool ResourceFacts::flagOn(const std::string& param) const {
  auto it = params_.find(param);
  if (it == params_.end() || !it->second->has_default) return false;
  const model::PValue& v = it->second->default_value;
  return v.kind == model::PValue::Kind::Bool && v.boolean;
}

const model::PValue* ResourceFacts::property(const model::Resource& r, std::string_view name) const {
  for (const auto& [key, value] : r.properties)
    if (key == name) return known(&value);
  return nullptr;
}

const model::PValue* ResourceFacts::known(const model::PValue* v) const {
  while (v && v->kind == model::PValue::Kind::IfFlag) v = flagOn(v->text) && !v->items.empty() ? &v->items[0] : nullptr;
  return v;
}

std::optional<std::string> ResourceFacts::text(const model::Resource& r, std::string_view name) const {
  const model::PValue* v = property(r, name);
  if (v && v->kind == model::PValue::Kind::String) return v->text;
  return std::nullopt;
}

std::optional<double> ResourceFacts::number(const model::Resource& r, std::string_view name) const {
  const model::PValue* v = property(r, name);
  if (!v) return std::nullopt;
  using K = model::PValue::Kind;
  if (v->kind == K::Int || v->kind == K::Number) return v->number;
  if (v->kind == K::String) {  // ECS task sizes are strings ("256")
    double d = 0;
    auto [end, ec] = std::from_chars(v->text.data(), v->text.data() + v->text.size(), d);
    if (ec == std::errc() && end == v->text.data() + v->text.size()) return d;
  }
  return std::nullopt;
}

std::optional<bool> ResourceFacts::boolean(const model::Resource& r, std::string_view name) const {
  const model::PValue* v = property(r, name);
  if (v && v->kind == model::PValue::Kind::Bool) return v->boolean;
  return std::nullopt;
}

std::optional<double> ResourceFacts::count(const model::Resource& r, std::string_view name) const {
  const model::PValue* v = property(r, name);
  if (v && v->kind == model::PValue::Kind::List) return double(v->items.size());
  return std::nullopt;
}

const model::Resource* ResourceFacts::referenced(const model::Resource& r, std::string_view name) const {
  const model::PValue* v = property(r, name);
  if (!v || !v->isResourceRef()) return nullptr;
  auto it = by_id_.find(v->ref);
  return it == by_id_.end() ? nullptr : it->second;
}

std::pair<std::optional<double>, std::optional<double>> ResourceFacts::serverlessCapacity(
    const model::Resource& instance) const {
  const model::Resource* cluster = referenced(instance, "cluster_identifier");
  if (!cluster) return {};
  const model::PValue* block = property(*cluster, "serverlessv2_scaling_configuration");
  if (block && block->kind == model::PValue::Kind::List && block->items.size() == 1) block = &block->items[0];
  if (!block || (block->kind != model::PValue::Kind::Block && block->kind != model::PValue::Kind::Object)) return {};
  auto field = [&](std::string_view key) -> std::optional<double> {
    for (const auto& [k, v] : block->fields) {
      const model::PValue* value = known(&v);
      if (k == key && value && (value->kind == model::PValue::Kind::Int || value->kind == model::PValue::Kind::Number))
        return value->number;
    }
    return std::nullopt;
  };
  return {field("min_capacity"), field("max_capacity")};
}

std::optional<TaskSize> ResourceFacts::taskSize(const model::Resource& service) const {
  const model::Resource* task = referenced(service, "task_definition");
  if (!task) return std::nullopt;
  auto cpu = number(*task, "cpu");
  auto memory = number(*task, "memory");
  if (!cpu || !memory) return std::nullopt;
  return TaskSize{*cpu / 1024, *memory / 1024};  // CPU units and MiB, as ECS states them
}

std::pair<std::optional<double>, std::optional<double>> ResourceFacts::taskCount(const model::Resource& service) const {
  for (const model::Resource& r : stack_.resources) {
    if (r.type != "aws_appautoscaling_target") continue;
    const model::PValue* id = property(r, "resource_id");
    bool scales_it = id && id->any([&](const model::PValue& v) { return v.isResourceRef() && v.ref == service.id; });
    if (scales_it) return {number(r, "min_capacity"), number(r, "max_capacity")};
  }
  auto desired = number(service, "desired_count");
  return {desired, desired};
}

std::optional<std::vector<std::string>> usageOnly(std::string_view type) {
  static const std::map<std::string_view, std::vector<std::string>> kUsage = {
      {"aws_s3_bucket", {"storage (GB-month)", "requests"}},
      {"aws_dynamodb_table", {"read and write requests (on demand)", "storage (GB-month)", "point-in-time recovery (per GB)"}},
      {"aws_lambda_function", {"requests", "duration (GB-seconds)"}},
      {"aws_sns_topic", {"publishes and deliveries"}},
      {"aws_cloudwatch_log_group", {"log ingestion and storage (per GB)"}},
      {"aws_cloudwatch_event_rule", {"custom events"}},
      {"aws_backup_vault", {"backup storage (GB-month)"}},
      {"aws_ssm_parameter", {"API interactions (standard parameters are free to store)"}},
      {"aws_dms_endpoint", {"data transfer from the source"}},
      {"aws_route53_record", {"DNS queries"}},
      {"aws_launch_template", {"the instances launched from it (MGN test and cutover instances)"}},
  };
  auto it = kUsage.find(type);
  if (it == kUsage.end()) return std::nullopt;
  return it->second;
}

bool freeOfCharge(std::string_view type) {
  static const std::vector<std::string_view> kFree = {
      "aws_vpc", "aws_subnet", "aws_route_table", "aws_route", "aws_route_table_association", "aws_internet_gateway",
      "aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
      "aws_iam_role", "aws_iam_role_policy", "aws_iam_role_policy_attachment", "aws_iam_policy", "aws_kms_alias",
      "aws_db_subnet_group", "aws_db_parameter_group", "aws_rds_cluster_parameter_group",
      "aws_dms_replication_subnet_group", "aws_dms_event_subscription", "aws_ecs_cluster", "aws_ecs_task_definition",
      "aws_lb_target_group", "aws_lb_listener", "aws_lb_listener_rule", "aws_appautoscaling_target",
      "aws_appautoscaling_policy", "aws_sns_topic_subscription", "aws_sns_topic_policy",
      "aws_secretsmanager_secret_version", "aws_lambda_permission", "aws_cloudwatch_event_target",
      "aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration",
      "aws_s3_bucket_public_access_block", "aws_s3_bucket_policy", "aws_s3_bucket_lifecycle_configuration",
      "aws_vpn_gateway", "aws_vpn_gateway_attachment", "aws_vpn_gateway_route_propagation",
      "aws_vpn_connection_route", "aws_customer_gateway", "aws_backup_plan", "aws_backup_selection",
      "aws_iam_service_linked_role", "aws_dms_certificate", "aws_acm_certificate", "aws_acm_certificate_validation"};
  return std::find(kFree.begin(), kFree.end(), type) != kFree.end();
}

std::string rowUnit(std::string_view row) {
  auto ends = [&](std::string_view suffix) { return row.size() >= suffix.size() && row.substr(row.size() - suffix.size()) == suffix; };
  if (ends("-acu-hour")) return "ACU-hour";
  if (ends("-vcpu-hour")) return "vCPU-hour";
  if (ends("-gb-hour")) return "GB-hour";
  if (ends("-gb-month")) return "GB-month";
  if (ends("interface-endpoint-hour")) return "AZ-hour";
  if (ends("-hour")) return "hour";
  if (ends("-month")) {
    std::string_view stem = row.substr(0, row.size() - 6);
    auto dash = stem.rfind('-');
    return std::string(dash == std::string_view::npos ? stem : stem.substr(dash + 1)) + "-month";
  }
  return std::string(row);
}

std::string fmtNumber(double v, int decimals) {
  std::string s = fmt::format("{:.{}f}", v, decimals);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

}  // namespace migc::cost
