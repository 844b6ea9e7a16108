#include "aws/kinds.h"
#include "lowering/storage.h"

namespace migc::aws {

// AWS provider 5.x shape: the bucket itself plus one resource per concern
// (the inline blocks of aws_s3_bucket are deprecated), all keyed by the
// bucket's id.
KindLowering bucketKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const std::string bucket_id = Context::id(o, "bucket");
    PValue bucket_ref = PValue::refTo(bucket_id, "id");
    model::Resource& bucket = ctx.add("aws_s3_bucket", bucket_id, o);
    bucket.properties = {{"bucket", ctx.name(o, "bucket")},
                         {"force_destroy", PValue::b(lowering::flag(o, "force_destroy"))},
                         {"tags", ctx.tags()}};

    // An unversioned bucket gets no versioning resource: "Suspended" is for
    // buckets that were versioned once, and the default is unversioned.
    const bool versioned = lowering::flag(o, "versioning");
    if (versioned) {
      model::Resource& versioning = ctx.add("aws_s3_bucket_versioning", Context::id(o, "versioning"), o);
      versioning.properties = {{"bucket", bucket_ref},
                               {"versioning_configuration", PValue::block({{"status", PValue::s("Enabled")}})}};
    }

    model::Resource& sse = ctx.add("aws_s3_bucket_server_side_encryption_configuration", Context::id(o, "encryption"), o);
    model::Fields by_default;
    const ir::Object* key = ctx.objectOrNull(o.field("key"));
    if (key) {
      by_default = {{"sse_algorithm", PValue::s("aws:kms")}, {"kms_master_key_id", ctx.attribute(*key, "arn")}};
    } else {
      by_default = {{"sse_algorithm", PValue::s("AES256")}};
    }
    sse.properties = {{"bucket", bucket_ref},
                      {"rule", PValue::block({{"apply_server_side_encryption_by_default", PValue::block(std::move(by_default))},
                                              {"bucket_key_enabled", PValue::b(key != nullptr)}},
                                             "rules", true)}};

    model::Resource& pab = ctx.add("aws_s3_bucket_public_access_block", Context::id(o, "public_access"), o);
    pab.properties = {{"bucket", bucket_ref},
                      {"block_public_acls", PValue::b(true)},
                      {"block_public_policy", PValue::b(true)},
                      {"ignore_public_acls", PValue::b(true)},
                      {"restrict_public_buckets", PValue::b(true)}};

    model::Resource& policy = ctx.add("aws_s3_bucket_policy", Context::id(o, "policy"), o);
    policy.properties = {{"bucket", bucket_ref},
                         {"policy", PValue::json(lowering::bucketPolicy(ctx, o, PValue::refTo(bucket_id, "arn")))}};
    // A policy put before the public access block can be refused as public.
    policy.depends_on.push_back(Context::id(o, "public_access"));

    if (auto lifecycle = lowering::lifecycleFacts(o)) {
      model::Fields rule = {{"id", PValue::s(o.name)},
                            {"status", PValue::s("Enabled")},
                            {"filter", PValue::block({{"prefix", PValue::s("")}})}};
      for (const auto& t : lifecycle->transitions)
        rule.emplace_back("transition", PValue::block({{"days", PValue::i(t.days)}, {"storage_class", PValue::s(t.storage_class)}},
                                                      "transitions", true));
      if (lifecycle->expire_days)
        rule.emplace_back("expiration", PValue::block({{"days", PValue::i(*lifecycle->expire_days)}}));
      if (lifecycle->noncurrent_expire_days)
        rule.emplace_back("noncurrent_version_expiration",
                          PValue::block({{"noncurrent_days", PValue::i(*lifecycle->noncurrent_expire_days)}}));
      if (lifecycle->abort_days)
        rule.emplace_back("abort_incomplete_multipart_upload",
                          PValue::block({{"days_after_initiation", PValue::i(*lifecycle->abort_days)}}));
      model::Resource& lc = ctx.add("aws_s3_bucket_lifecycle_configuration", Context::id(o, "lifecycle"), o);
      lc.properties = {{"bucket", bucket_ref}, {"rule", PValue::block(std::move(rule), "rules", true)}};
      // Lifecycle rules on noncurrent versions need versioning in place first.
      if (versioned) lc.depends_on.push_back(Context::id(o, "versioning"));
    }
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "bucket"), attr == "name" ? "id" : "arn");
  };
  return k;
}

}  // namespace migc::aws
