#include "cfn/kinds.h"
#include "lowering/storage.h"

namespace migc::cfn {

// DashboardBody is a string: the printer writes the JSON with Fn::Sub /
// Fn::Join where it embeds names built from parameters.
KindLowering dashboardKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    model::Resource& dashboard = ctx.add("AWS::CloudWatch::Dashboard", Context::id(o, "dashboard"), o);
    dashboard.properties = {{"DashboardName", ctx.name(o, "dashboard")},
                            {"DashboardBody", PValue::json(lowering::dashboardBody(ctx, o))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view) {
    return PValue::refTo(Context::id(o, "dashboard"));  // the name: the only attribute
  };
  return k;
}

}  // namespace migc::cfn
