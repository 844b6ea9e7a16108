// The price table migc cost reads (stdlib/data/prices.json): on-demand list
// prices, one row per dimension and region, each naming the page it was read
// from and the day. A dimension with no row for a region is not priced: the
// estimate says so instead of borrowing another region's price.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace migc::cost {

struct PriceSource {
  std::string url;
  std::string read;  // the day it was read, YYYY-MM-DD
  std::string says;  // what the page states, in short
};

struct PriceRow {
  std::string id;      // the dimension: "nat-gateway-hour"
  std::string region;  // an AWS region, or "*" when the source states one price for all
  double usd = 0;      // per unit
  std::string unit;    // "hour", "ACU-hour", "key-month"
  std::string what;
  std::string source;  // a key of PriceTable::sources
};

struct PriceTable {
  std::string currency = "USD";
  double hours_per_month = 730;
  std::map<std::string, PriceSource> sources;
  std::vector<PriceRow> rows;

  // The row of `id` for `region`, else its "*" row, else null.
  const PriceRow* find(std::string_view id, std::string_view region) const;
  const PriceSource* sourceOf(const PriceRow& row) const;
};

// Parses prices.json; nullopt with `error` when it is unreadable or malformed
// (a row naming no known source, a negative price, a duplicate row).
std::optional<PriceTable> loadPriceTable(const std::string& path, std::string& error);
std::optional<PriceTable> parsePriceTable(std::string_view text, std::string& error);

}  // namespace migc::cost
