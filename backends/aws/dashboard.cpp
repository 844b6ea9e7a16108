#include "aws/kinds.h"
#include "lowering/storage.h"

namespace migc::aws {

// Dashboards carry no tags in any target (seed matrix K21: untaggable).
KindLowering dashboardKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& dashboard = ctx.add("aws_cloudwatch_dashboard", Context::id(o, "dashboard"), o);
    dashboard.properties = {{"dashboard_name", ctx.name(o, "dashboard")},
                            {"dashboard_body", PValue::json(lowering::dashboardBody(ctx, o))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view) {
    return PValue::refTo(Context::id(o, "dashboard"), "dashboard_name");  // the name: the only attribute
  };
  return k;
}

}  // namespace migc::aws
