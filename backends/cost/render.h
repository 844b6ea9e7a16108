// An estimate (estimate.h) as the table `migc cost` prints, or as JSON.
#pragma once

#include <string>

#include "cost/estimate.h"
#include "cost/prices.h"

namespace migc::cost {

// Per region: one line per priced dimension (declaration, resource,
// dimension, quantity, price row, low and high USD a month) and a subtotal;
// then the total, each declaration's share, what is not priced and why,
// what depends on usage, and the price rows used with their source and date.
std::string renderText(const Estimate& estimate, const PriceTable& prices);
std::string renderJson(const Estimate& estimate, const PriceTable& prices);
// The summary the runbook and the examples' READMEs show: a Markdown table of
// each region's subtotal, the total, what is not priced, the price dates.
std::string renderMarkdown(const Estimate& estimate, const PriceTable& prices);

// "$1,234.56"
std::string usd(double amount);

}  // namespace migc::cost
