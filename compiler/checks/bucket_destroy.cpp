// CHK-S3b: a destroyable bucket (force_destroy, the default) is emptied by
// Terraform and Pulumi on destroy; CloudFormation has no such property and
// fails to delete a bucket that holds objects. Said once per bucket, with
// the documented alternatives in the explanation.
#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

class BucketDestroyCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S3b"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* bucket : ctx.objectsOf("bucket")) {
      const ir::Value* force = bucket->field("force_destroy");
      if (!force || force->kind != ir::Value::Kind::Bool || !force->boolean) continue;
      ctx.report(DiagKind::CloudFormationBucketNotEmptied, bucket->name_range, bucket->name)
          .help("empty the bucket before deleting the stack, or set force_destroy = false");
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeBucketDestroyCheck() { return std::make_unique<BucketDestroyCheck>(); }

}  // namespace migc::checks
