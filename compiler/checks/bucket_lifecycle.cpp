// CHK-S3a: S3's lifecycle rules as the PutBucketLifecycleConfiguration API
// enforces them (cfn-lint does not): STANDARD_IA and ONEZONE_IA no earlier
// than 30 days; transitions go to ever colder classes at ever later ages;
// 30 days in an infrequent-access class before the next transition; expiry
// after the last transition; noncurrent rules only on versioned buckets.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr double kDay = 86400;
// S3's waterfall, warmest first.
constexpr std::array<std::string_view, 6> kOrder = {"standard_ia", "intelligent_tiering", "onezone_ia",
                                                    "glacier_ir",  "glacier",             "deep_archive"};

int rank(std::string_view storage_class) {
  for (size_t i = 0; i < kOrder.size(); ++i)
    if (kOrder[i] == storage_class) return static_cast<int>(i);
  return -1;
}

bool infrequentAccess(std::string_view c) { return c == "standard_ia" || c == "onezone_ia"; }

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
  return out;
}

SourceRange rangeOf(const CheckContext& ctx, const ir::Object& o, const ir::Value& v, std::string_view path) {
  return v.range.file.valid() ? v.range : ctx.where(o, path);
}

class BucketLifecycleCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S3a"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* bucket : ctx.objectsOf("bucket")) {
      const ir::Value* lifecycle = bucket->field("lifecycle");
      if (!lifecycle || lifecycle->kind != ir::Value::Kind::Map) continue;
      if (!checkWholeDays(ctx, *bucket, *lifecycle)) continue;
      checkTransitions(ctx, *bucket, *lifecycle);
      const ir::Value* versioning = bucket->field("versioning");
      const ir::Value* noncurrent = lifecycle->get("noncurrent_expire");
      if (noncurrent && versioning && versioning->kind == ir::Value::Kind::Bool && !versioning->boolean)
        ctx.report(DiagKind::NoncurrentRuleWithoutVersioning, rangeOf(ctx, *bucket, *noncurrent, "lifecycle.noncurrent_expire"),
                   bucket->name)
            .note("versioning is turned off here", ctx.where(*bucket, "versioning"));
    }
  }

 private:
  // Every age is a whole number of days; false when one is not (the rest of
  // the rule is then not judged, its numbers being unrepresentable).
  static bool checkWholeDays(const CheckContext& ctx, const ir::Object& bucket, const ir::Value& lifecycle) {
    bool ok = true;
    auto check = [&](const ir::Value* v, std::string_view path) {
      auto age = constQuantity(v, ir::Dimension::Duration);
      if (!age || std::fmod(*age, kDay) == 0) return;
      ok = false;
      SourceRange where = rangeOf(ctx, bucket, *v, path);
      ctx.report(DiagKind::LifecycleAgeNotWholeDays, where, formatDuration(*age))
          .fix(where, formatDuration(std::max(1.0, std::round(*age / kDay)) * kDay));
    };
    if (const ir::Value* ts = lifecycle.get("transition"))
      for (const ir::Value& t : ts->items) check(t.get("after"), "lifecycle.transition");
    check(lifecycle.get("expire"), "lifecycle.expire");
    check(lifecycle.get("noncurrent_expire"), "lifecycle.noncurrent_expire");
    check(lifecycle.get("abort_uploads"), "lifecycle.abort_uploads");
    return ok;
  }

  static void checkTransitions(const CheckContext& ctx, const ir::Object& bucket, const ir::Value& lifecycle) {
    const ir::Value* transitions = lifecycle.get("transition");
    const ir::Value* last = nullptr;  // the previous transition with a known age
    if (transitions) {
      for (const ir::Value& t : transitions->items) {
        auto after = constQuantity(t.get("after"), ir::Dimension::Duration);
        const std::string* cls = constText(t.get("storage_class"));
        if (!after || !cls) continue;
        SourceRange where = rangeOf(ctx, bucket, *t.get("after"), "lifecycle.transition");
        if (infrequentAccess(*cls) && *after < 30 * kDay) {
          ctx.report(DiagKind::InfrequentAccessTooEarly, where, upper(*cls), formatDuration(*after))
              .fix(where, "30d");
        }
        if (last) {
          double prev_after = last->get("after")->number;
          const std::string& prev_cls = last->get("storage_class")->text;
          SourceRange prev_where = rangeOf(ctx, bucket, *last->get("after"), "lifecycle.transition");
          if (rank(*cls) <= rank(prev_cls)) {
            ctx.report(DiagKind::LifecycleTransitionOrder, rangeOf(ctx, bucket, *t.get("storage_class"), "lifecycle.transition"),
                       fmt::format("a transition to {} cannot follow one to {}: each transition must go to a colder class",
                                   upper(*cls), upper(prev_cls)))
                .note(fmt::format("objects move to {} here", upper(prev_cls)), prev_where)
                .help(fmt::format("the order is {}", join({"STANDARD_IA", "INTELLIGENT_TIERING", "ONEZONE_IA", "GLACIER_IR",
                                                            "GLACIER", "DEEP_ARCHIVE"}, ", ")));
          } else if (infrequentAccess(prev_cls) && *after < prev_after + 30 * kDay) {
            std::string fixed = formatDuration(prev_after + 30 * kDay);
            ctx.report(DiagKind::LifecycleTransitionOrder, where,
                       fmt::format("objects move to {} after {}, but must stay 30 days in {} first: at least {}",
                                   upper(*cls), formatDuration(*after), upper(prev_cls), fixed))
                .note(fmt::format("objects move to {} after {} here", upper(prev_cls), formatDuration(prev_after)), prev_where)
                .fix(where, fixed);
          } else if (*after <= prev_after) {
            ctx.report(DiagKind::LifecycleTransitionOrder, where,
                       fmt::format("the transition to {} after {} is not later than the one to {} after {}", upper(*cls),
                                   formatDuration(*after), upper(prev_cls), formatDuration(prev_after)))
                .note("the earlier transition", prev_where);
          }
        }
        last = &t;
      }
    }
    auto expire = constQuantity(lifecycle.get("expire"), ir::Dimension::Duration);
    if (!expire || !last) return;
    double last_after = last->get("after")->number;
    if (*expire > last_after) return;
    ctx.report(DiagKind::ExpiryBeforeTransition, rangeOf(ctx, bucket, *lifecycle.get("expire"), "lifecycle.expire"),
               formatDuration(*expire), formatDuration(last_after))
        .note(fmt::format("the last transition, to {}", upper(last->get("storage_class")->text)),
              rangeOf(ctx, bucket, *last->get("after"), "lifecycle.transition"));
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeBucketLifecycleCheck() { return std::make_unique<BucketLifecycleCheck>(); }

}  // namespace migc::checks
