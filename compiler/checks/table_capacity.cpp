// CHK-S7: read/write capacity on an on-demand DynamoDB table has no
// meaning (PAY_PER_REQUEST): CloudFormation rejects it (cfn-lint
// billingmode_exclusive) and the other targets would drop it silently.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {

class TableCapacityCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S7"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* table : ctx.objectsOf("table")) {
      const std::string* billing = constText(table->field("billing"));
      if (!billing || *billing != "on_demand") continue;
      for (const char* field : {"read_capacity", "write_capacity"})
        if (isWritten(*table, field))
          ctx.report(DiagKind::CapacityOnDemand, ctx.where(*table, field), table->name, field)
              .note("billing is on demand", ctx.where(*table, "billing"))
              .help("remove read_capacity and write_capacity, or set billing = provisioned");
    }
  }
};

std::unique_ptr<DomainCheck> makeTableCapacityCheck() { return std::make_unique<TableCapacityCheck>(); }

}  // namespace migc::checks
