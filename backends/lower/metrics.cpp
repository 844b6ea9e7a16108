#include "lower/metrics.h"

namespace migc::lower {

std::vector<std::pair<std::string, PValue>> metricDimensions(Context& ctx, const ir::Object& target, const ir::Value& metric) {
  std::vector<std::pair<std::string, PValue>> dims;
  const ir::Value* names_value = metric.get("dimension");
  std::string_view names = names_value ? std::string_view(names_value->text) : std::string_view{};
  while (!names.empty()) {
    size_t comma = names.find(',');
    std::string name(names.substr(0, comma));
    dims.emplace_back(name, ctx.dimension(target, name));
    names = comma == std::string_view::npos ? std::string_view{} : names.substr(comma + 1);
  }
  return dims;
}

}  // namespace migc::lower
