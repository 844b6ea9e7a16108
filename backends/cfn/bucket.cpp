#include "cfn/kinds.h"
#include "lowering/storage.h"

namespace migc::cfn {

// CloudFormation keeps versioning, encryption, lifecycle and the public
// access block inline on AWS::S3::Bucket; only the policy is its own
// resource. CloudFormation cannot empty a bucket on delete (there is no
// force_destroy; cfn-lint: DeleteRequiresEmptyResource): MIG3001 says so.
KindLowering bucketKind() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    const std::string bucket_id = Context::id(o, "bucket");
    model::Resource& bucket = addStateful(ctx, "AWS::S3::Bucket", bucket_id, o);
    const ir::Object* key = ctx.objectOrNull(o.field("key"));
    model::Fields by_default = {{"SSEAlgorithm", PValue::s(key ? "aws:kms" : "AES256")}};
    if (key) by_default.emplace_back("KMSMasterKeyID", ctx.attribute(*key, "arn"));
    bucket.properties = {
        {"BucketName", ctx.name(o, "bucket")},
        {"BucketEncryption",
         PValue::object({{"ServerSideEncryptionConfiguration",
                          PValue::list({PValue::object({{"ServerSideEncryptionByDefault", PValue::object(std::move(by_default))},
                                                        {"BucketKeyEnabled", PValue::b(key != nullptr)}})})}})},
        {"PublicAccessBlockConfiguration", PValue::object({{"BlockPublicAcls", PValue::b(true)},
                                                           {"BlockPublicPolicy", PValue::b(true)},
                                                           {"IgnorePublicAcls", PValue::b(true)},
                                                           {"RestrictPublicBuckets", PValue::b(true)}})}};
    if (lowering::flag(o, "versioning"))  // unversioned is the default; Suspended is for formerly versioned buckets
      bucket.properties.insert(bucket.properties.begin() + 1,
                               {"VersioningConfiguration", PValue::object({{"Status", PValue::s("Enabled")}})});
    if (auto lifecycle = lowering::lifecycleFacts(o)) {
      model::Fields rule = {{"Id", PValue::s(o.name)}, {"Status", PValue::s("Enabled")}};
      std::vector<PValue> transitions;
      for (const auto& t : lifecycle->transitions)
        transitions.push_back(PValue::object({{"TransitionInDays", PValue::i(t.days)}, {"StorageClass", PValue::s(t.storage_class)}}));
      if (!transitions.empty()) rule.emplace_back("Transitions", PValue::list(std::move(transitions)));
      if (lifecycle->expire_days) rule.emplace_back("ExpirationInDays", PValue::i(*lifecycle->expire_days));
      if (lifecycle->noncurrent_expire_days)
        rule.emplace_back("NoncurrentVersionExpiration",
                          PValue::object({{"NoncurrentDays", PValue::i(*lifecycle->noncurrent_expire_days)}}));
      if (lifecycle->abort_days)
        rule.emplace_back("AbortIncompleteMultipartUpload",
                          PValue::object({{"DaysAfterInitiation", PValue::i(*lifecycle->abort_days)}}));
      bucket.properties.emplace_back("LifecycleConfiguration",
                                     PValue::object({{"Rules", PValue::list({PValue::object(std::move(rule))})}}));
    }
    bucket.properties.emplace_back("Tags", ctx.tags());

    model::Resource& policy = ctx.add("AWS::S3::BucketPolicy", Context::id(o, "policy"), o);
    policy.properties = {{"Bucket", PValue::refTo(bucket_id)},
                         {"PolicyDocument", lowering::bucketPolicy(ctx, o, PValue::refTo(bucket_id, "Arn"))}};
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return attr == "name" ? PValue::refTo(Context::id(o, "bucket")) : PValue::refTo(Context::id(o, "bucket"), "Arn");
  };
  return k;
}

}  // namespace migc::cfn
