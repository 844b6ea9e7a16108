// CHK-S3c: S3 bucket names are 3-63 characters of lowercase letters, digits,
// hyphens and dots, starting and ending with a letter or digit. The name is
// the naming pattern expanded for the bucket; placeholders that are params
// are unknown until deploy time, so only the known text is judged (and the
// length counts them as empty).
#include <fmt/format.h>

#include <cctype>

#include "checks/check.h"
#include "checks/check_util.h"

namespace migc::checks {
namespace {

constexpr const char* kUnknown = "\xE2\x80\xA6";  // "…" stands for a param in messages

struct ExpandedName {
  std::string text;   // with kUnknown for every param
  std::string known;  // the constant characters only
  bool starts_known = true, ends_known = true;
};

ExpandedName expand(std::string_view pattern, const ir::Object& bucket) {
  ExpandedName out;
  for (size_t i = 0; i < pattern.size(); ++i) {
    size_t close = pattern[i] == '{' ? pattern.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out.text.push_back(pattern[i]);
      out.known.push_back(pattern[i]);
      continue;
    }
    std::string_view key = pattern.substr(i + 1, close - i - 1);
    i = close;
    std::string piece;
    if (key == "name") {
      for (char c : bucket.name) piece.push_back(c == '_' ? '-' : c);
    } else if (key == "kind") {
      piece = "bucket";
    } else {
      if (out.text.empty()) out.starts_known = false;
      if (close + 1 == pattern.size()) out.ends_known = false;
      out.text += kUnknown;
      continue;
    }
    out.text += piece;
    out.known += piece;
  }
  return out;
}

std::string problem(const ExpandedName& n) {
  for (char c : n.known)
    if (std::isupper(static_cast<unsigned char>(c))) return "has uppercase letters";
  for (char c : n.known)
    if (!(std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.'))
      return fmt::format("has '{}': only lowercase letters, digits, '-' and '.' are allowed", c);
  if (n.known.size() > 63) return fmt::format("is {} characters long; at most 63 are allowed", n.known.size());
  bool complete = n.text == n.known;
  if (complete && n.known.size() < 3) return "is shorter than 3 characters";
  auto alnum = [](char c) { return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); };
  if (n.starts_known && !n.known.empty() && !alnum(n.known.front())) return "must start with a letter or digit";
  if (n.ends_known && !n.known.empty() && !alnum(n.known.back())) return "must end with a letter or digit";
  if (n.known.find("..") != std::string::npos) return "has two adjacent dots";
  return {};
}

class BucketNameCheck final : public DomainCheck {
 public:
  std::string_view id() const override { return "CHK-S3c"; }

  void run(const CheckContext& ctx) const override {
    for (const ir::Object* bucket : ctx.objectsOf("bucket")) {
      ExpandedName name = expand(ctx.program().naming, *bucket);
      std::string why = problem(name);
      if (why.empty()) continue;
      ctx.report(DiagKind::InvalidBucketName, bucket->name_range, name.text, why)
          .help(fmt::format("the name comes from the naming pattern \"{}\"", ctx.program().naming));
    }
  }
};

}  // namespace

std::unique_ptr<DomainCheck> makeBucketNameCheck() { return std::make_unique<BucketNameCheck>(); }

}  // namespace migc::checks
