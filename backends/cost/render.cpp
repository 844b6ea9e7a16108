#include "cost/render.h"

#include <cmath>
#include <fmt/format.h>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cost/resource_facts.h"

namespace migc::cost {

std::string usd(double amount) {
  long long cents = std::llround(amount * 100);
  std::string whole = std::to_string(cents / 100);
  for (int i = int(whole.size()) - 3; i > 0; i -= 3) whole.insert(size_t(i), ",");
  return fmt::format("${}.{:02}", whole, cents % 100);
}

namespace {

std::string range(double low, double high) { return low == high ? usd(low) : usd(low) + " - " + usd(high); }

std::string quantity(const Line& l) {
  if (!l.price && l.low_quantity == 0 && l.high_quantity == 0) return "?";
  std::string q = l.low_quantity == l.high_quantity ? fmtNumber(l.low_quantity)
                                                    : fmtNumber(l.low_quantity) + "-" + fmtNumber(l.high_quantity);
  return q + " " + l.unit;
}

// Rows actually used, in the order first used.
std::vector<const PriceRow*> usedRows(const Estimate& e) {
  std::vector<const PriceRow*> rows;
  std::set<const PriceRow*> seen;
  for (const Line& l : e.lines)
    if (l.price && seen.insert(l.price).second) rows.push_back(l.price);
  return rows;
}

std::string rowKey(const PriceRow& row) { return row.id + "@" + row.region; }

}  // namespace

std::string renderText(const Estimate& e, const PriceTable& prices) {
  std::string out = fmt::format(
      "Monthly cost estimate of {}: on-demand list prices in USD ({} hours a month), as read on the dates below;\n"
      "before taxes, free tiers, credits and discounts. Usage-dependent charges are listed, not estimated.\n",
      e.name, fmtNumber(e.hours_per_month));
  for (const std::string& region : e.regions) {
    double low = 0, high = 0;
    std::string body;
    for (const Line& l : e.lines) {
      if (l.region != region) continue;
      std::string price = l.price ? fmt::format("{} x ${}/{} [{}]", quantity(l), fmtNumber(l.price->usd, 6), l.unit,
                                                rowKey(*l.price))
                                  : fmt::format("{}: not priced ({})", quantity(l), l.why);
      body += fmt::format("  {:<22} {:<34} {:<30} {:>21}  {}\n", l.owner, l.resource, l.dimension,
                          l.price ? range(l.low(), l.high()) : "-", price);
      low += l.low();
      high += l.high();
    }
    if (body.empty()) continue;
    out += fmt::format("\n{}\n  {:<22} {:<34} {:<30} {:>21}  {}\n{}", region, "declaration", "resource", "dimension",
                       "USD a month", "quantity x price [row]", body);
    out += fmt::format("  {:<88} {:>21}\n", "subtotal " + region, range(low, high));
  }
  out += fmt::format("\nTotal: {} a month (low: minimum capacity and task counts; high: maximum)\n",
                     range(e.low(), e.high()));
  std::map<std::string, std::pair<double, double>> by_owner;
  std::vector<std::string> owners;
  for (const Line& l : e.lines) {
    if (!by_owner.count(l.owner)) owners.push_back(l.owner);
    by_owner[l.owner].first += l.low();
    by_owner[l.owner].second += l.high();
  }
  out += "\nBy declaration:\n";
  for (const std::string& o : owners) out += fmt::format("  {:<22} {:>21}\n", o, range(by_owner[o].first, by_owner[o].second));
  size_t unpriced = 0;
  for (const Line& l : e.lines) unpriced += l.price ? 0 : 1;
  if (unpriced || !e.unknown_types.empty()) {
    out += fmt::format("\nNot priced ({} dimensions; the total is a lower bound):\n", unpriced);
    for (const Line& l : e.lines)
      if (!l.price) out += fmt::format("  {} {} {}: {}\n", l.region, l.resource, l.dimension, l.why);
    for (const std::string& t : e.unknown_types) out += fmt::format("  {}: migc has no cost knowledge of this type\n", t);
  }
  if (!e.skipped.empty()) {
    out += "\nNot created at the params' defaults (not counted):\n";
    for (const Skipped& s : e.skipped) out += fmt::format("  {} {} (when {})\n", s.owner, s.resource, s.condition);
  }
  if (!e.usage.empty()) {
    out += "\nUsage-dependent, not estimated:\n";
    for (const UsageItem& u : e.usage) out += fmt::format("  {} {} {}: {}\n", u.region, u.owner, u.resource, u.what);
  }
  out += "\nPrice rows used (stdlib/data/prices.json):\n";
  for (const PriceRow* row : usedRows(e)) {
    const PriceSource* src = prices.sourceOf(*row);
    out += fmt::format("  [{}] ${}/{} {}: {}, read {}\n", rowKey(*row), fmtNumber(row->usd, 6), row->unit, row->what,
                       src ? src->url : row->source, src ? src->read : "?");
  }
  return out;
}

std::string renderMarkdown(const Estimate& e, const PriceTable& prices) {
  std::string out = "| region | USD a month | not priced |\n|---|---:|---:|\n";
  for (const std::string& region : e.regions) {
    double low = 0, high = 0;
    size_t lines = 0, unpriced = 0;
    for (const Line& l : e.lines) {
      if (l.region != region) continue;
      ++lines;
      unpriced += l.price ? 0 : 1;
      low += l.low();
      high += l.high();
    }
    if (lines) out += fmt::format("| {} | {} | {} |\n", region, range(low, high), unpriced);
  }
  size_t unpriced = 0;
  for (const Line& l : e.lines) unpriced += l.price ? 0 : 1;
  out += fmt::format("| **total** | **{}** | {} |\n\n", range(e.low(), e.high()), unpriced);
  std::set<std::string> dates;
  for (const PriceRow* row : usedRows(e))
    if (const PriceSource* src = prices.sourceOf(*row)) dates.insert(src->read);
  std::string read = dates.empty() ? "-" : *dates.begin() + (dates.size() > 1 ? " to " + *dates.rbegin() : "");
  out += fmt::format(
      "On-demand list prices read {} (stdlib/data/prices.json), {} hours a month; low at minimum capacity and task "
      "counts, high at maximum. {}Usage-dependent charges (data transfer, requests, I/O, storage consumed) are not "
      "estimated. `migc cost` lists every line with its price row.\n",
      read, fmtNumber(e.hours_per_month),
      unpriced ? fmt::format("{} dimensions have no price row (their region or class is not in the table) and count "
                             "as $0, so the total is a lower bound. ",
                             unpriced)
               : std::string());
  return out;
}

std::string renderJson(const Estimate& e, const PriceTable& prices) {
  using J = nlohmann::ordered_json;
  auto money = [](double v) { return std::llround(v * 100) / 100.0; };
  J out;
  out["name"] = e.name;
  out["currency"] = "USD";
  out["hours_per_month"] = e.hours_per_month;
  out["total"] = {{"low", money(e.low())}, {"high", money(e.high())}, {"complete", e.complete()}};
  out["regions"] = J::array();
  for (const std::string& region : e.regions) {
    J lines = J::array();
    double low = 0, high = 0;
    for (const Line& l : e.lines) {
      if (l.region != region) continue;
      J line{{"declaration", l.owner}, {"resource", l.resource},         {"type", l.type},
             {"dimension", l.dimension}, {"unit", l.unit},                {"quantity_low", l.low_quantity},
             {"quantity_high", l.high_quantity}, {"row", l.row},          {"priced", l.price != nullptr}};
      if (l.price) {
        line["usd_per_unit"] = l.price->usd;
        line["low"] = money(l.low());
        line["high"] = money(l.high());
        line["price_region"] = l.price->region;
      }
      line["why"] = l.why;
      lines.push_back(line);
      low += l.low();
      high += l.high();
    }
    out["regions"].push_back({{"region", region}, {"low", money(low)}, {"high", money(high)}, {"lines", lines}});
  }
  out["usage"] = J::array();
  for (const UsageItem& u : e.usage)
    out["usage"].push_back({{"region", u.region}, {"declaration", u.owner}, {"resource", u.resource}, {"what", u.what}});
  out["not_created"] = J::array();
  for (const Skipped& s : e.skipped)
    out["not_created"].push_back({{"declaration", s.owner}, {"resource", s.resource}, {"when", s.condition}});
  out["unknown_types"] = e.unknown_types;
  out["price_rows"] = J::array();
  for (const PriceRow* row : usedRows(e)) {
    const PriceSource* src = prices.sourceOf(*row);
    out["price_rows"].push_back({{"id", row->id}, {"region", row->region}, {"usd", row->usd}, {"unit", row->unit},
                                 {"what", row->what}, {"source", src ? src->url : ""}, {"read", src ? src->read : ""}});
  }
  return out.dump(2) + "\n";
}

}  // namespace migc::cost
