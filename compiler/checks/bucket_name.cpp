// CHK-S3c: the S3 bucket name the naming pattern gives a bucket must be one
// S3 accepts (resource_names.json, AWS::S3::Bucket.BucketName). Params in
// the pattern are known only at deploy time: their characters are not
// judged, and an enum param counts at its longest value, any other as empty.
#include <fmt/format.h>

#include "checks/check.h"
#include "checks/check_util.h"
#include "checks/naming.h"

namespace migc::checks {
namespace {

class BucketNameCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S3c"; }

  void run(const CheckContext& ctx) const override {
    const NameRule* rule = nameRule(ctx.data(), "AWS::S3::Bucket", "BucketName");
    if (!rule) return;
    for (const ir::Object* bucket : ctx.objectsOf("bucket")) {
      std::vector<NamePart> parts = expandNaming(ctx.program(), *bucket, "bucket");
      auto why = checkNameWorstCase(*rule, parts);
      if (!why) continue;
      ctx.report(DiagKind::InvalidBucketName, bucket->name_range, shownName(parts), why->reason)
          .help(fmt::format("the name comes from the naming pattern \"{}\"", ctx.program().naming));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeBucketNameCheck() { return std::make_unique<BucketNameCheck>(); }

}  // namespace migc::checks
