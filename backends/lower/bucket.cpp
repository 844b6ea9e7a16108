// An S3 bucket: private (public access block), encrypted (SSE-KMS with the
// program's key and an S3 bucket key, else SSE-S3), reachable over TLS only,
// versioned when asked, with one lifecycle rule. The AWS provider 5.x shape:
// the bucket plus one resource per concern, keyed by the bucket's id;
// CloudFormation writes those concerns inside the bucket (its names table
// folds them in).
#include <algorithm>
#include <cctype>

#include "lower/access_logs.h"
#include "lower/registry.h"

namespace migc::lower {
namespace {

std::string upper(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return s;
}

// Deny every request that is not over TLS; allow the declared readers and
// writers, and ELB's access-log delivery for the services that log here.
PValue bucketPolicy(Context& ctx, const ir::Object& bucket, const PValue& arn) {
  fields::Bucket b(bucket);
  PValue objects = PValue::concat({arn, PValue::s("/*")});
  auto both = [&] { return PValue::list({arn, objects}); };
  std::vector<PValue> statements;
  statements.push_back(PValue::object(
      {{"Sid", PValue::s("DenyInsecureTransport")},
       {"Effect", PValue::s("Deny")},
       {"Principal", PValue::s("*")},
       {"Action", PValue::s("s3:*")},
       {"Resource", both()},
       {"Condition", PValue::object({{"Bool", PValue::object({{"aws:SecureTransport", PValue::s("false")}})}})}}));
  auto grant = [&](std::string sid, const ir::typed::List<ir::typed::Text>& who, std::vector<std::string> actions) {
    if (who.empty()) return;
    statements.push_back(PValue::object({{"Sid", PValue::s(std::move(sid))},
                                         {"Effect", PValue::s("Allow")},
                                         {"Principal", PValue::object({{"AWS", ctx.value(who)}})},
                                         {"Action", PValue::strings(actions)},
                                         {"Resource", both()}}));
  };
  grant("AllowReaders", b.readers(), {"s3:GetObject", "s3:ListBucket"});
  grant("AllowWriters", b.writers(), {"s3:DeleteObject", "s3:GetObject", "s3:ListBucket", "s3:PutObject"});
  for (PValue& s : accessLogStatements(ctx, bucket, arn)) statements.push_back(std::move(s));
  return PValue::object({{"Version", PValue::s("2012-10-17")}, {"Statement", PValue::list(std::move(statements))}});
}

void lifecycle(Context& ctx, const ir::Object& o, bool versioned) {
  fields::Bucket::Lifecycle l = fields::Bucket(o).lifecycle();
  if (!l.present()) return;
  model::Fields rule = {{"id", PValue::s(o.name)},
                        {"status", PValue::s("Enabled")},
                        {"filter", PValue::block({{"prefix", PValue::s("")}})}};
  for (const fields::Bucket::Lifecycle::Transition& t : l.transition().items())
    rule.emplace_back("transition", PValue::block({{"days", PValue::i(t.after().days())},
                                                   {"storage_class", PValue::s(upper(t.storage_class().word()))}}));
  if (l.expire().present()) rule.emplace_back("expiration", PValue::block({{"days", PValue::i(l.expire().days())}}));
  if (l.noncurrent_expire().present())
    rule.emplace_back("noncurrent_version_expiration",
                      PValue::block({{"noncurrent_days", PValue::i(l.noncurrent_expire().days())}}));
  if (l.abort_uploads().present())
    rule.emplace_back("abort_incomplete_multipart_upload",
                      PValue::block({{"days_after_initiation", PValue::i(l.abort_uploads().days())}}));
  model::Resource& lc = ctx.add("aws_s3_bucket_lifecycle_configuration", Context::id(o, "lifecycle"), o);
  lc.properties = {{"bucket", PValue::refTo(Context::id(o, "bucket"), "id")}, {"rule", PValue::block(std::move(rule))}};
  // Lifecycle rules on noncurrent versions need versioning in place first.
  if (versioned) lc.depends_on.push_back(Context::id(o, "versioning"));
}

}  // namespace

template <>
KindLowering lowering<kind::bucket>() {
  KindLowering k;
  k.lower = [](Context& ctx, const ir::Object& o) {
    fields::Bucket b(o);
    const std::string bucket_id = Context::id(o, "bucket");
    PValue bucket_ref = PValue::refTo(bucket_id, "id");
    ctx.add("aws_s3_bucket", bucket_id, o).properties = {
        {"bucket", ctx.name(o, "bucket")}, {"force_destroy", ctx.value(b.force_destroy())}, {"tags", ctx.tags()}};

    // An unversioned bucket gets no versioning resource: "Suspended" is for
    // buckets that were versioned once, and the default is unversioned.
    const bool versioned = b.versioning().constant();
    if (versioned)
      ctx.add("aws_s3_bucket_versioning", Context::id(o, "versioning"), o).properties = {
          {"bucket", bucket_ref}, {"versioning_configuration", PValue::block({{"status", PValue::s("Enabled")}})}};

    const ir::Object* key = ctx.objectOrNull(b.key());
    model::Fields by_default = {{"sse_algorithm", PValue::s(key ? "aws:kms" : "AES256")}};
    if (key) by_default.emplace_back("kms_master_key_id", ctx.attribute(*key, "arn"));
    ctx.add("aws_s3_bucket_server_side_encryption_configuration", Context::id(o, "encryption"), o).properties = {
        {"bucket", bucket_ref},
        {"rule", PValue::block({{"apply_server_side_encryption_by_default", PValue::block(std::move(by_default))},
                                {"bucket_key_enabled", PValue::b(key != nullptr)}})}};

    ctx.add("aws_s3_bucket_public_access_block", Context::id(o, "public_access"), o).properties = {
        {"bucket", bucket_ref},
        {"block_public_acls", PValue::b(true)},
        {"block_public_policy", PValue::b(true)},
        {"ignore_public_acls", PValue::b(true)},
        {"restrict_public_buckets", PValue::b(true)}};

    model::Resource& policy = ctx.add("aws_s3_bucket_policy", Context::id(o, "policy"), o);
    policy.properties = {{"bucket", bucket_ref},
                         {"policy", PValue::json(bucketPolicy(ctx, o, PValue::refTo(bucket_id, "arn")))}};
    // A policy put before the public access block can be refused as public.
    policy.depends_on.push_back(Context::id(o, "public_access"));
    lifecycle(ctx, o, versioned);
  };
  k.attribute = [](Context&, const ir::Object& o, std::string_view attr) {
    return PValue::refTo(Context::id(o, "bucket"), attr == "name" ? "id" : "arn");
  };
  return k;
}

}  // namespace migc::lower
