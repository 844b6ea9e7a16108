#include "cost/estimate.h"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <set>

#include "cost/resource_facts.h"

namespace migc::cost {

double Estimate::low() const {
  double sum = 0;
  for (const Line& line : lines) sum += line.low();
  return sum;
}

double Estimate::high() const {
  double sum = 0;
  for (const Line& line : lines) sum += line.high();
  return sum;
}

bool Estimate::complete() const {
  return unknown_types.empty() &&
         std::all_of(lines.begin(), lines.end(), [](const Line& line) { return line.price != nullptr; });
}

namespace {

// What a resource is charged for, by type: the fixed dimensions (priced
// here) and the usage-dependent ones (listed).
class Pricer {
 public:
  Pricer(const model::Stack& stack, const PriceTable& prices, Estimate& out)
      : facts_(stack), prices_(prices), out_(out), hours_(prices.hours_per_month) {}

  void price(const model::Resource& r) {
    region_ = r.region.empty() ? facts_.stack().region : r.region;
    r_ = &r;
    const std::string& t = r.type;
    if (t == "aws_rds_cluster_instance") return clusterInstance();
    if (t == "aws_db_instance") return dbInstance();
    if (t == "aws_rds_cluster") return usage({"storage consumed (GB-month)", "I/O requests", "backup storage beyond the retention's free share"});
    if (t == "aws_rds_global_cluster") return usage({"replicated write I/O between regions", "data transfer between regions"});
    if (t == "aws_dms_replication_instance") return dmsInstance();
    if (t == "aws_dms_replication_task") return usage({"data transfer from the source"});
    if (t == "aws_nat_gateway") {
      line("NAT gateway", "nat-gateway-hour", hours_, hours_, "always on");
      return usage({"data processed (per GB)"});
    }
    if (t == "aws_eip") return line("public IPv4 address", "public-ipv4-hour", hours_, hours_, "always allocated");
    if (t == "aws_lb") {
      line("load balancer", "alb-hour", hours_, hours_, "always on");
      return usage({"load balancer capacity units (LCU-hours)"});
    }
    if (t == "aws_ecs_service") return fargateService();
    if (t == "aws_vpc_endpoint") return endpoint();
    if (t == "aws_kms_key") {
      line("customer managed key", "kms-key-month", 1, 1, "one key");
      return usage({"requests beyond the free tier"});
    }
    if (t == "aws_secretsmanager_secret") {
      line("secret", "secret-month", 1, 1, "one secret");
      return usage({"API calls"});
    }
    if (t == "aws_cloudwatch_metric_alarm") return alarm();
    if (t == "aws_cloudwatch_dashboard") return line("dashboard", "dashboard-month", 1, 1, "one dashboard");
    if (t == "aws_vpn_connection") {
      line("VPN connection", "vpn-connection-hour", hours_, hours_, "always on");
      return usage({"data transfer out"});
    }
    if (t == "aws_route53_zone") {
      line("hosted zone", "route53-zone-month", 1, 1, "one zone");
      return usage({"DNS queries"});
    }
    if (t == "aws_route53_health_check") return line("health check", "route53-health-check-month", 1, 1, "one check");
    if (auto what = usageOnly(t)) return usage(*what);
    if (!freeOfCharge(t) && r.tf_mode == "resource") unknown_.insert(t);
  }

  void finish() { out_.unknown_types.assign(unknown_.begin(), unknown_.end()); }

 private:
  void line(std::string dimension, std::string row, double low, double high, std::string why) {
    Line l;
    l.region = region_;
    l.owner = r_->owner;
    l.resource = r_->id;
    l.type = r_->type;
    l.dimension = std::move(dimension);
    l.low_quantity = low;
    l.high_quantity = high;
    l.row = std::move(row);
    l.price = prices_.find(l.row, region_);
    l.unit = unitOf(l.row);
    l.why = l.price ? std::move(why) : fmt::format("no price row {} for {}", l.row, region_);
    out_.lines.push_back(std::move(l));
  }

  // A dimension migc cannot size at compile time (a param, an unknown class).
  void unsized(std::string dimension, std::string row, std::string why) {
    line(std::move(dimension), std::move(row), 0, 0, "");
    out_.lines.back().price = nullptr;
    out_.lines.back().why = std::move(why);
  }

  void usage(const std::vector<std::string>& what) {
    for (const std::string& w : what) out_.usage.push_back({region_, r_->owner, r_->id, r_->type, w});
  }

  // The unit a row id ends in ("fargate-vcpu-hour": vCPU-hour); a row of
  // the table must agree (tests/cost checks every row).
  static std::string unitOf(const std::string& row) { return rowUnit(row); }

  void clusterInstance() {
    auto cls = facts_.text(*r_, "instance_class");
    if (!cls) return unsized("instance hours", "rds-instance-hour", "the instance class is set at deploy time");
    if (*cls == "db.serverless") {
      auto [low, high] = facts_.serverlessCapacity(*r_);
      if (!low || !high)
        return unsized("Serverless v2 capacity", "aurora-acu-hour", "the capacity range is set at deploy time");
      return line("Serverless v2 capacity", "aurora-acu-hour", *low * hours_, *high * hours_,
                  fmt::format("{}-{} ACU x {} h", fmtNumber(*low), fmtNumber(*high), fmtNumber(hours_)));
    }
    std::string engine = facts_.text(*r_, "engine").value_or("aurora");
    line("instance hours (" + *cls + ")", fmt::format("{}-{}-hour", engine, *cls), hours_, hours_, "always on");
  }

  void dbInstance() {
    auto cls = facts_.text(*r_, "instance_class");
    std::string engine = facts_.text(*r_, "engine").value_or("rds");
    bool multi_az = facts_.boolean(*r_, "multi_az").value_or(false);
    std::string az = multi_az ? "-multi-az" : "";
    if (cls)
      line(fmt::format("instance hours ({}{})", *cls, multi_az ? ", Multi-AZ" : ""),
           fmt::format("{}-{}{}-hour", engine, *cls, az), hours_, hours_, "always on");
    else
      unsized("instance hours", "rds-instance-hour", "the instance class is set at deploy time");
    storage("rds", az);
    usage({"backup storage beyond the allocated size", "data transfer out"});
  }

  void dmsInstance() {
    auto cls = facts_.text(*r_, "replication_instance_class");
    bool multi_az = facts_.boolean(*r_, "multi_az").value_or(false);
    std::string az = multi_az ? "-multi-az" : "";
    if (cls)
      line(fmt::format("replication instance hours ({}{})", *cls, multi_az ? ", Multi-AZ" : ""),
           fmt::format("dms-{}{}-hour", *cls, az), hours_, hours_, "always on");
    else
      unsized("replication instance hours", "dms-instance-hour", "the instance class is set at deploy time");
    if (auto gb = facts_.number(*r_, "allocated_storage"))
      line("replication storage", "dms-gp2" + az + "-gb-month", *gb, *gb, fmt::format("{} GB", fmtNumber(*gb)));
  }

  void storage(const std::string& service, const std::string& az) {
    auto gb = facts_.number(*r_, "allocated_storage");
    if (!gb) return;
    std::string type = facts_.text(*r_, "storage_type").value_or("gp2");
    line("provisioned storage (" + type + ")", fmt::format("{}-{}{}-gb-month", service, type, az), *gb, *gb,
         fmt::format("{} GB", fmtNumber(*gb)));
  }

  void fargateService() {
    if (facts_.text(*r_, "launch_type").value_or("") != "FARGATE") return usage({"the capacity of its cluster"});
    auto task = facts_.taskSize(*r_);
    auto [low, high] = facts_.taskCount(*r_);
    if (!task || !low || !high) {
      unsized("Fargate vCPU", "fargate-vcpu-hour", "the task size or count is set at deploy time");
      return;
    }
    std::string tasks = *low == *high ? fmtNumber(*low) : fmt::format("{}-{}", fmtNumber(*low), fmtNumber(*high));
    line("Fargate vCPU", "fargate-vcpu-hour", *low * task->vcpu * hours_, *high * task->vcpu * hours_,
         fmt::format("{} tasks x {} vCPU x {} h", tasks, fmtNumber(task->vcpu), fmtNumber(hours_)));
    line("Fargate memory", "fargate-gb-hour", *low * task->gb * hours_, *high * task->gb * hours_,
         fmt::format("{} tasks x {} GB x {} h", tasks, fmtNumber(task->gb), fmtNumber(hours_)));
  }

  void endpoint() {
    std::string kind = facts_.text(*r_, "vpc_endpoint_type").value_or("Gateway");
    if (kind == "Gateway") return line("gateway endpoint", "gateway-endpoint-hour", hours_, hours_, "no charge");
    double zones = facts_.count(*r_, "subnet_ids").value_or(1);
    line("interface endpoint", "interface-endpoint-hour", zones * hours_, zones * hours_,
         fmt::format("{} zones x {} h", fmtNumber(zones), fmtNumber(hours_)));
    usage({"data processed (per GB)"});
  }

  void alarm() {
    double period = facts_.number(*r_, "period").value_or(60);
    if (period < 60) return line("high-resolution alarm", "alarm-high-resolution-month", 1, 1, "one alarm");
    line("alarm", "alarm-month", 1, 1, "one standard-resolution alarm");
  }

  ResourceFacts facts_;
  const PriceTable& prices_;
  Estimate& out_;
  double hours_;
  std::string region_;
  const model::Resource* r_ = nullptr;
  std::set<std::string> unknown_;
};

}  // namespace

Estimate estimate(const model::Stack& stack, const PriceTable& prices) {
  Estimate out;
  out.name = stack.name;
  out.hours_per_month = prices.hours_per_month;
  out.regions = stack.regions;
  if (std::find(out.regions.begin(), out.regions.end(), stack.region) == out.regions.end())
    out.regions.insert(out.regions.begin(), stack.region);
  Pricer pricer(stack, prices, out);
  ResourceFacts facts(stack);
  for (const model::Resource& r : stack.resources) {
    if (!r.condition.empty() && !facts.flagOn(r.condition)) {
      out.skipped.push_back({r.owner, r.id, r.condition});
      continue;
    }
    pricer.price(r);
  }
  pricer.finish();
  return out;
}

}  // namespace migc::cost
