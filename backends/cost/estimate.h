// A monthly cost estimate of the resources a program creates: for each
// billable dimension migc can know at compile time (instance hours, ACU-hours
// at the configured minimum and maximum, Fargate tasks, provisioned storage,
// keys, secrets, alarms, ...) the quantity a month, the price row that prices
// it and the product, as a low and a high figure. What depends on traffic
// (data transfer, requests, I/O, storage consumed) is listed, not estimated.
// Read from the lowered model as Terraform sees it (the provider vocabulary
// the lowering speaks); bool params are taken at their defaults, as
// `migc build` writes them.
#pragma once

#include <string>
#include <vector>

#include "cost/prices.h"
#include "model/resource.h"

namespace migc::cost {

struct Line {
  std::string region;
  std::string owner;     // the declaration the resource was lowered from
  std::string resource;  // the resource id
  std::string type;      // the Terraform resource type
  std::string dimension;  // "Serverless v2 capacity"
  std::string unit;       // the price row's unit ("ACU-hour")
  double low_quantity = 0, high_quantity = 0;  // a month
  std::string row;        // the price row id (priced or not)
  const PriceRow* price = nullptr;  // null: not priced
  std::string why;        // not priced: the reason; priced: how the quantity was reached
  double low() const { return price ? price->usd * low_quantity : 0; }
  double high() const { return price ? price->usd * high_quantity : 0; }
};

// A usage-dependent charge of one resource: listed, never estimated.
struct UsageItem {
  std::string region, owner, resource, type;
  std::string what;  // "data processed (per GB)"
};

// A resource left out of the estimate: it exists only when a flag that is
// off by default is on.
struct Skipped {
  std::string owner, resource, condition;
};

struct Estimate {
  std::string name;
  double hours_per_month = 730;
  std::vector<std::string> regions;  // the primary first
  std::vector<Line> lines;           // in stack order
  std::vector<UsageItem> usage;
  std::vector<Skipped> skipped;
  std::vector<std::string> unknown_types;  // resource types migc has no cost knowledge of

  double low() const;
  double high() const;
  bool complete() const;  // every line priced and no unknown type
};

// `stack` as model::selectTarget(stack, Terraform) returns it.
Estimate estimate(const model::Stack& stack, const PriceTable& prices);

}  // namespace migc::cost
