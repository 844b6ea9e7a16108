// What the estimate reads from lowered resources: property values known at
// compile time (a literal, a bool flag at its default), the capacity range of
// a Serverless v2 instance's cluster, a Fargate service's task size and its
// task count (its autoscaling range, else its desired count), and which
// resource types cost nothing of their own or only with use.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/resource.h"

namespace migc::cost {

struct TaskSize {
  double vcpu = 0, gb = 0;
};

class ResourceFacts {
 public:
  explicit ResourceFacts(const model::Stack& stack);
  const model::Stack& stack() const { return stack_; }

  // A top-level property's value, when it is known at compile time.
  std::optional<std::string> text(const model::Resource& r, std::string_view property) const;
  std::optional<double> number(const model::Resource& r, std::string_view property) const;
  std::optional<bool> boolean(const model::Resource& r, std::string_view property) const;
  std::optional<double> count(const model::Resource& r, std::string_view property) const;  // list length

  // A bool param at its default (a flag with no default counts as off).
  bool flagOn(const std::string& param) const;

  // The minimum and maximum ACUs of the cluster a db.serverless instance joins.
  std::pair<std::optional<double>, std::optional<double>> serverlessCapacity(const model::Resource& instance) const;
  // The vCPUs and GB of the task definition an ECS service runs.
  std::optional<TaskSize> taskSize(const model::Resource& service) const;
  // The fewest and most tasks: its autoscaling target's range, else desired_count twice.
  std::pair<std::optional<double>, std::optional<double>> taskCount(const model::Resource& service) const;

 private:
  const model::PValue* property(const model::Resource& r, std::string_view name) const;
  const model::PValue* known(const model::PValue* v) const;  // unwraps flags that are on
  const model::Resource* referenced(const model::Resource& r, std::string_view property) const;

  const model::Stack& stack_;
  std::map<std::string, const model::Resource*, std::less<>> by_id_;
  std::map<std::string, const model::Param*, std::less<>> params_;
};

// The usage-dependent charges of a resource type with no fixed monthly
// charge (S3 storage and requests, Lambda invocations, ...), or nullopt.
std::optional<std::vector<std::string>> usageOnly(std::string_view type);
// Types that cost nothing of their own (VPCs, subnets, IAM, security groups,
// parameter groups, listeners, ...).
bool freeOfCharge(std::string_view type);
// A number as people write it: 730, 0.5, 2.25 (up to `decimals` places).
std::string fmtNumber(double v, int decimals = 4);
// The unit a price row id stands for: "...-acu-hour" ACU-hour, "...-vcpu-hour"
// vCPU-hour, "...-gb-hour" GB-hour, "...-gb-month" GB-month, other "...-hour"
// hour, "...-month" the thing a month ("kms-key-month": key-month).
std::string rowUnit(std::string_view row);

}  // namespace migc::cost
