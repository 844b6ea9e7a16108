#include "cost/prices.h"

#include "cost/resource_facts.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace migc::cost {

const PriceRow* PriceTable::find(std::string_view id, std::string_view region) const {
  const PriceRow* any = nullptr;
  for (const PriceRow& row : rows) {
    if (row.id != id) continue;
    if (row.region == region) return &row;
    if (row.region == "*") any = &row;
  }
  return any;
}

const PriceSource* PriceTable::sourceOf(const PriceRow& row) const {
  auto it = sources.find(row.source);
  return it == sources.end() ? nullptr : &it->second;
}

std::optional<PriceTable> parsePriceTable(std::string_view text, std::string& error) {
  try {
    nlohmann::json j = nlohmann::json::parse(text);
    PriceTable table;
    const nlohmann::json& meta = j.at("_meta");
    table.currency = meta.at("currency").get<std::string>();
    table.hours_per_month = meta.at("hours_per_month").get<double>();
    if (table.currency != "USD") throw std::runtime_error("currency must be USD (budgets are written in USD)");
    if (!(table.hours_per_month > 0)) throw std::runtime_error("hours_per_month must be positive");
    for (const auto& [key, s] : j.at("sources").items())
      table.sources[key] = {s.at("url").get<std::string>(), s.at("read").get<std::string>(),
                            s.at("says").get<std::string>()};
    std::set<std::pair<std::string, std::string>> seen;
    for (const nlohmann::json& r : j.at("rows")) {
      PriceRow row{r.at("id").get<std::string>(),   r.at("region").get<std::string>(), r.at("usd").get<double>(),
                   r.at("unit").get<std::string>(), r.at("what").get<std::string>(),   r.at("source").get<std::string>()};
      if (!table.sources.count(row.source))
        throw std::runtime_error("row " + row.id + " names no known source '" + row.source + "'");
      if (row.unit != rowUnit(row.id))
        throw std::runtime_error("row " + row.id + " has unit '" + row.unit + "'; its id says '" + rowUnit(row.id) + "'");
      if (!(row.usd >= 0)) throw std::runtime_error("row " + row.id + " has a negative price");
      if (!seen.insert({row.id, row.region}).second)
        throw std::runtime_error("row " + row.id + " is listed twice for " + row.region);
      table.rows.push_back(std::move(row));
    }
    return table;
  } catch (const std::exception& e) {
    error = e.what();
    return std::nullopt;
  }
}

std::optional<PriceTable> loadPriceTable(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot read " + path;
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto table = parsePriceTable(text.str(), error);
  if (!table) error = path + ": " + error;
  return table;
}

}  // namespace migc::cost
