// CHK-L3: a function's environment sets no variable Lambda reserves
// (enums.json lambda_reserved_environment_variables, cfn-lint E3663's
// list): CreateFunction rejects it in every target. Not every AWS_LAMBDA_*
// name is reserved: AWS_LAMBDA_EXEC_WRAPPER, for one, is set by users.
#include <algorithm>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class FunctionEnvironmentCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-L3/environment"; }

  void run(const CheckContext& ctx) const override {
    const std::vector<std::string>& reserved = ctx.data().lambda_reserved_environment;
    for (const ir::Object* fn : ctx.objectsOf("function")) {
      const ir::Value* env = fn->field("environment");
      if (!env) continue;
      for (const auto& [key, value] : env->entries)
        if (std::find(reserved.begin(), reserved.end(), key) != reserved.end())
          ctx.report(DiagKind::ReservedLambdaEnvironment, ctx.where(*fn, "environment." + key), key, fn->name)
              .help("Lambda sets it for every invocation; read it from the runtime, or name yours differently");
    }
  }
};

std::unique_ptr<DomainCheck> makeFunctionEnvironmentCheck() { return std::make_unique<FunctionEnvironmentCheck>(); }

}  // namespace migc::checks
