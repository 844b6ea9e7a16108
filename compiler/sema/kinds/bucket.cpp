#include "sema/kinds/kind_helpers.h"

namespace migc::sema {
using namespace kinds;

// An S3 bucket that is always private (public access block on), encrypted,
// reachable only over TLS, and destroyable. Lifecycle transitions are one
// waterfall, checked by CHK-S3a (compiler/checks/bucket_lifecycle.cpp).
const KindSchema& bucketSchema() {
  static const KindSchema schema = [] {
    static const KindSchema transition = [] {
      KindSchema b{"transition", "Move current objects to a cheaper storage class after an age.", {}, {}};
      FieldSchema& after = required(b.field("after", types::duration(), "Object age at which the transition happens (whole days)."));
      after.min = 0;
      after.max = 36500 * kDay;
      required(b.field("storage_class",
                       types::oneOf({"standard_ia", "onezone_ia", "intelligent_tiering", "glacier_ir", "glacier", "deep_archive"}),
                       "The storage class objects move to."));
      return b;
    }();
    static const KindSchema lifecycle = [] {
      KindSchema b{"lifecycle", "One lifecycle rule over the whole bucket.", {}, {}};
      b.field("transition", types::block(transition, true), "A transition; repeat the block for a waterfall (IA, then Glacier).");
      FieldSchema& expire = b.field("expire", types::duration(), "Delete current objects at this age.");
      expire.min = 1 * kDay;
      FieldSchema& noncurrent = b.field("noncurrent_expire", types::duration(), "Delete previous versions this long after they became noncurrent.");
      noncurrent.min = 1 * kDay;
      FieldSchema& abort = b.field("abort_uploads", types::duration(), "Abort incomplete multipart uploads after this long.");
      abort.default_value = days(7);
      abort.min = 1 * kDay;
      return b;
    }();
    KindSchema s{"bucket", "An S3 bucket: private, encrypted, TLS only, versioned, with a lifecycle rule.", {}, {}};
    s.field("key", types::ref("key"), "The KMS key for SSE-KMS (with an S3 bucket key); without it, SSE-S3.");
    constant(s.field("versioning", types::boolean(), "Keep every version of every object.")).default_value = ir::Value::ofBool(true);
    s.field("force_destroy", types::boolean(), "Empty the bucket on destroy (Terraform, Pulumi; CloudFormation cannot: MIG3001).")
        .default_value = ir::Value::ofBool(true);
    s.field("lifecycle", types::block(lifecycle), "Transitions and expiry.");
    s.field("readers", types::listOf(types::string()), "IAM principal ARNs granted s3:GetObject and s3:ListBucket.")
        .default_value = emptyList();
    s.field("writers", types::listOf(types::string()), "IAM principal ARNs granted s3:PutObject and s3:DeleteObject as well.")
        .default_value = emptyList();
    s.attribute("arn", types::string(), "The bucket ARN.");
    s.attribute("name", types::string(), "The bucket name.");
    return s;
  }();
  return schema;
}

}  // namespace migc::sema
