// Table-driven SARIF 2.1.0 structural checker; see sarif_check.h for scope
// and the spec sections each rule comes from.
#include "support/sarif_check.h"

#include <fmt/format.h>

#include <cctype>
#include <cstdint>
#include <limits>
#include <map>
#include <set>
#include <string_view>

namespace migc::test {
namespace {

using nlohmann::json;

// Object types with a shape table. Any: an object the schema allows but migc
// never emits; only its JSON type is checked.
enum class Ty {
  Any, Log, Run, Tool, Component, Descriptor, MfString, Config, Result, Message, Location,
  PhysLoc, ArtLoc, Region, Fix, Change, Replacement, Content, Artifact, Invocation, Bag
};

enum class K {
  Str, Bool, Int, Num, Uri /* absolute */, UriRef, Enum, Obj, Arr, StrArr, Map /* of Obj */,
  StrMap
};

constexpr int64_t kNoMin = std::numeric_limits<int64_t>::min();

struct Field {
  std::string_view key;
  K kind;
  Ty ty = Ty::Any;             // Obj, Arr, Map: the element shape
  int64_t min = kNoMin;        // Int, Num
  std::string_view choices{};  // Enum: "a|b|c"
  bool required = false;
  size_t min_items = 0;        // Arr, StrArr (minItems)
  bool unique = false;         // Arr, StrArr (uniqueItems)

  constexpr Field(std::string_view k, K kd, Ty t = Ty::Any) : key(k), kind(kd), ty(t) {}
  constexpr Field req() const { Field f = *this; f.required = true; return f; }
  constexpr Field atLeast(int64_t m) const { Field f = *this; f.min = m; return f; }
  constexpr Field oneOf(std::string_view c) const { Field f = *this; f.choices = c; return f; }
  constexpr Field minItems(size_t n) const { Field f = *this; f.min_items = n; return f; }
  constexpr Field uniq() const { Field f = *this; f.unique = true; return f; }
};
using F = Field;

// Allowed keys per object (the schema's `properties`; additionalProperties is
// false for all of them). Every object also allows `properties`, a bag.
const std::map<Ty, std::vector<Field>>& shapes() {
  static const std::map<Ty, std::vector<Field>> s = {
    {Ty::Log, {F("$schema", K::Uri), F("version", K::Enum).oneOf("2.1.0").req(),
               F("runs", K::Arr, Ty::Run).req(), F("inlineExternalProperties", K::Arr)}},
    {Ty::Run, {F("tool", K::Obj, Ty::Tool).req(), F("invocations", K::Arr, Ty::Invocation),
               F("conversion", K::Obj), F("language", K::Str),
               F("versionControlProvenance", K::Arr),
               F("originalUriBaseIds", K::Map, Ty::ArtLoc),
               F("artifacts", K::Arr, Ty::Artifact).uniq(), F("logicalLocations", K::Arr),
               F("graphs", K::Arr), F("results", K::Arr, Ty::Result),
               F("automationDetails", K::Obj),
               F("runAggregates", K::Arr), F("baselineGuid", K::Str),
               F("redactionTokens", K::StrArr).uniq(), F("defaultEncoding", K::Str),
               F("defaultSourceLanguage", K::Str),
               F("newlineSequences", K::StrArr).minItems(1).uniq(),
               F("columnKind", K::Enum).oneOf("utf16CodeUnits|unicodeCodePoints"),
               F("externalPropertyFileReferences", K::Obj), F("threadFlowLocations", K::Arr),
               F("taxonomies", K::Arr, Ty::Component), F("addresses", K::Arr),
               F("translations", K::Arr, Ty::Component), F("policies", K::Arr, Ty::Component),
               F("webRequests", K::Arr), F("webResponses", K::Arr), F("specialLocations", K::Obj)}},
    {Ty::Tool, {F("driver", K::Obj, Ty::Component).req(),
                F("extensions", K::Arr, Ty::Component)}},
    {Ty::Component,
     {F("guid", K::Str), F("name", K::Str).req(), F("organization", K::Str),
      F("product", K::Str), F("productSuite", K::Str), F("shortDescription", K::Obj, Ty::MfString),
      F("fullDescription", K::Obj, Ty::MfString), F("fullName", K::Str), F("version", K::Str),
      F("semanticVersion", K::Str), F("dottedQuadFileVersion", K::Str), F("releaseDateUtc", K::Str),
      F("downloadUri", K::Uri), F("informationUri", K::Uri),
      F("globalMessageStrings", K::Map, Ty::MfString), F("notifications", K::Arr, Ty::Descriptor),
      F("rules", K::Arr, Ty::Descriptor).uniq(), F("taxa", K::Arr, Ty::Descriptor),
      F("locations", K::Arr, Ty::ArtLoc), F("language", K::Str), F("contents", K::StrArr),
      F("isComprehensive", K::Bool), F("localizedDataSemanticVersion", K::Str),
      F("minimumRequiredLocalizedDataSemanticVersion", K::Str), F("associatedComponent", K::Obj),
      F("translationMetadata", K::Obj), F("supportedTaxonomies", K::Arr)}},
    {Ty::Descriptor,
     {F("id", K::Str).req(), F("deprecatedIds", K::StrArr), F("guid", K::Str),
      F("deprecatedGuids", K::StrArr), F("name", K::Str), F("deprecatedNames", K::StrArr),
      F("shortDescription", K::Obj, Ty::MfString), F("fullDescription", K::Obj, Ty::MfString),
      F("messageStrings", K::Map, Ty::MfString), F("defaultConfiguration", K::Obj, Ty::Config),
      F("helpUri", K::Uri), F("help", K::Obj, Ty::MfString), F("relationships", K::Arr)}},
    {Ty::MfString, {F("text", K::Str).req(), F("markdown", K::Str)}},
    {Ty::Config, {F("enabled", K::Bool), F("level", K::Enum).oneOf("none|note|warning|error"),
                  F("rank", K::Num).atLeast(-1), F("parameters", K::Obj, Ty::Bag)}},
    {Ty::Result,
     {F("ruleId", K::Str), F("ruleIndex", K::Int).atLeast(-1), F("rule", K::Obj),
      F("kind", K::Enum).oneOf("notApplicable|pass|fail|review|open|informational"),
      F("level", K::Enum).oneOf("none|note|warning|error"),
      F("message", K::Obj, Ty::Message).req(), F("analysisTarget", K::Obj, Ty::ArtLoc),
      F("locations", K::Arr, Ty::Location), F("guid", K::Str), F("correlationGuid", K::Str),
      F("occurrenceCount", K::Int).atLeast(1), F("partialFingerprints", K::StrMap),
      F("fingerprints", K::StrMap), F("stacks", K::Arr), F("codeFlows", K::Arr),
      F("graphs", K::Arr),
      F("graphTraversals", K::Arr), F("relatedLocations", K::Arr, Ty::Location).uniq(),
      F("suppressions", K::Arr), F("baselineState", K::Enum).oneOf("new|unchanged|updated|absent"),
      F("rank", K::Num).atLeast(-1), F("attachments", K::Arr), F("hostedViewerUri", K::Uri),
      F("workItemUris", K::StrArr), F("provenance", K::Obj), F("fixes", K::Arr, Ty::Fix).uniq(),
      F("taxa", K::Arr), F("webRequest", K::Obj), F("webResponse", K::Obj)}},
    {Ty::Message,
     {F("text", K::Str), F("markdown", K::Str), F("id", K::Str), F("arguments", K::StrArr)}},
    {Ty::Location, {F("id", K::Int).atLeast(-1), F("physicalLocation", K::Obj, Ty::PhysLoc),
                    F("logicalLocations", K::Arr), F("message", K::Obj, Ty::Message),
                    F("annotations", K::Arr, Ty::Region), F("relationships", K::Arr)}},
    {Ty::PhysLoc, {F("address", K::Obj), F("artifactLocation", K::Obj, Ty::ArtLoc),
                   F("region", K::Obj, Ty::Region), F("contextRegion", K::Obj, Ty::Region)}},
    {Ty::ArtLoc, {F("uri", K::UriRef), F("uriBaseId", K::Str), F("index", K::Int).atLeast(-1),
                  F("description", K::Obj, Ty::Message)}},
    // The schema's -1 default for charOffset/byteOffset only models absence.
    {Ty::Region, {F("startLine", K::Int).atLeast(1), F("startColumn", K::Int).atLeast(1),
                  F("endLine", K::Int).atLeast(1), F("endColumn", K::Int).atLeast(1),
                  F("charOffset", K::Int).atLeast(0), F("charLength", K::Int).atLeast(0),
                  F("byteOffset", K::Int).atLeast(0), F("byteLength", K::Int).atLeast(0),
                  F("snippet", K::Obj, Ty::Content), F("message", K::Obj, Ty::Message),
                  F("sourceLanguage", K::Str)}},
    {Ty::Fix, {F("description", K::Obj, Ty::Message),
               F("artifactChanges", K::Arr, Ty::Change).req().minItems(1).uniq()}},
    {Ty::Change, {F("artifactLocation", K::Obj, Ty::ArtLoc).req(),
                  F("replacements", K::Arr, Ty::Replacement).req().minItems(1)}},
    {Ty::Replacement, {F("deletedRegion", K::Obj, Ty::Region).req(),
                       F("insertedContent", K::Obj, Ty::Content)}},
    {Ty::Content, {F("text", K::Str), F("binary", K::Str), F("rendered", K::Obj, Ty::MfString)}},
    {Ty::Artifact,
     {F("description", K::Obj, Ty::Message), F("location", K::Obj, Ty::ArtLoc),
      F("parentIndex", K::Int).atLeast(-1), F("offset", K::Int).atLeast(0),
      F("length", K::Int).atLeast(-1),
      F("roles", K::StrArr).uniq(), F("mimeType", K::Str), F("contents", K::Obj, Ty::Content),
      F("encoding", K::Str), F("sourceLanguage", K::Str), F("hashes", K::StrMap),
      F("lastModifiedTimeUtc", K::Str)}},
    {Ty::Invocation,
     {F("commandLine", K::Str), F("arguments", K::StrArr), F("responseFiles", K::Arr, Ty::ArtLoc),
      F("startTimeUtc", K::Str), F("endTimeUtc", K::Str), F("exitCode", K::Int),
      F("ruleConfigurationOverrides", K::Arr), F("notificationConfigurationOverrides", K::Arr),
      F("toolExecutionNotifications", K::Arr), F("toolConfigurationNotifications", K::Arr),
      F("exitCodeDescription", K::Str), F("exitSignalName", K::Str), F("exitSignalNumber", K::Int),
      F("processStartFailureMessage", K::Str), F("executionSuccessful", K::Bool).req(),
      F("machine", K::Str), F("account", K::Str), F("processId", K::Int),
      F("executableLocation", K::Obj, Ty::ArtLoc), F("workingDirectory", K::Obj, Ty::ArtLoc),
      F("environmentVariables", K::StrMap), F("stdin", K::Obj, Ty::ArtLoc),
      F("stdout", K::Obj, Ty::ArtLoc), F("stderr", K::Obj, Ty::ArtLoc),
      F("stdoutStderr", K::Obj, Ty::ArtLoc)}},
  };
  return s;
}

// RFC 3986 URI-reference: only unreserved and reserved characters and
// well-formed %XX escapes; at most one '#'. `absolute` also needs a scheme.
std::string uriProblem(std::string_view u, bool absolute) {
  static constexpr std::string_view kAllowed = "-._~:/?#[]@!$&'()*+,;=";
  auto hex = [&](size_t i) { return i < u.size() && std::isxdigit(uint8_t(u[i])); };
  for (size_t i = 0; i < u.size(); ++i) {
    uint8_t c = uint8_t(u[i]);
    if (c == '%') {
      if (!hex(i + 1) || !hex(i + 2)) return fmt::format("malformed %-escape at offset {}", i);
      i += 2;
    } else if (c >= 0x80) {
      return fmt::format("raw non-ASCII byte 0x{:02X} at offset {}", c, i);
    } else if (!std::isalnum(c) && kAllowed.find(char(c)) == kAllowed.npos) {
      return fmt::format("character '{}' at offset {} must be percent-encoded", char(c), i);
    }
  }
  if (u.find('#') != u.rfind('#')) return "more than one '#'";
  if (absolute) {
    size_t colon = u.find(':');
    bool scheme = colon != u.npos && colon > 0 && std::isalpha(uint8_t(u[0]));
    for (size_t i = 1; scheme && i < colon; ++i)
      scheme = std::isalnum(uint8_t(u[i])) || u[i] == '+' || u[i] == '-' || u[i] == '.';
    if (!scheme) return "not an absolute URI (no scheme)";
  }
  return {};
}

// A JSON pointer (RFC 6901) one level down.
std::string child(const std::string& path, std::string_view key) {
  std::string out = path + "/";
  for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}
std::string child(const std::string& path, size_t index) {
  return fmt::format("{}/{}", path, index);
}

const json* get(const json& v, std::initializer_list<const char*> keys) {
  const json* at = &v;
  for (const char* k : keys) {
    if (!at->is_object() || !at->contains(k)) return nullptr;
    at = &(*at)[k];
  }
  return at;
}

// Compares in place: rules and results can be large, so no copies.
struct DerefLess {
  bool operator()(const json* a, const json* b) const { return *a < *b; }
};

bool allDistinct(const json& array) {
  std::set<const json*, DerefLess> seen;
  for (const json& item : array)
    if (!seen.insert(&item).second) return false;
  return true;
}

class Checker {
 public:
  std::vector<std::string> out;

  void object(Ty ty, const json& v, const std::string& path) {
    if (!v.is_object()) return fail(path, "expected an object");
    if (ty == Ty::Any) return;
    if (ty == Ty::Bag) {
      if (v.contains("tags")) field(F("tags", K::StrArr).uniq(), v["tags"], child(path, "tags"));
      return;
    }
    const std::vector<Field>& fields = shapes().at(ty);
    for (const auto& [key, value] : v.items()) {
      const Field* f = nullptr;
      for (const Field& cand : fields) f = cand.key == key ? &cand : f;
      if (key == "properties") object(Ty::Bag, value, child(path, key));
      else if (!f) fail(child(path, key), "unknown property (additionalProperties is false)");
      else field(*f, value, child(path, key));
    }
    for (const Field& f : fields)
      if (f.required && !v.contains(f.key)) fail(path, fmt::format("missing required '{}'", f.key));
    rules(ty, v, path);
  }

 private:
  void fail(const std::string& path, std::string msg) {
    out.push_back((path.empty() ? "/" : path) + ": " + msg);
  }

  void field(const Field& f, const json& v, const std::string& p) {
    switch (f.kind) {
      case K::Str: if (!v.is_string()) fail(p, "expected a string"); return;
      case K::Bool: if (!v.is_boolean()) fail(p, "expected a boolean"); return;
      case K::Int:
      case K::Num:
        if (f.kind == K::Int ? !v.is_number_integer() : !v.is_number())
          return fail(p, f.kind == K::Int ? "expected an integer" : "expected a number");
        if (f.min != kNoMin && v.get<double>() < double(f.min))
          fail(p, fmt::format("{} is below the minimum {}", v.dump(), f.min));
        return;
      case K::Uri:
      case K::UriRef: {
        if (!v.is_string()) return fail(p, "expected a URI string");
        std::string why = uriProblem(v.get<std::string>(), f.kind == K::Uri);
        if (!why.empty()) fail(p, fmt::format("invalid URI {}: {}", v.dump(), why));
        return;
      }
      case K::Enum:
        if (!v.is_string() || ("|" + std::string(f.choices) + "|")
                                      .find("|" + v.get<std::string>() + "|") == std::string::npos)
          fail(p, fmt::format("{} is not one of {}", v.dump(), f.choices));
        return;
      case K::Obj: return object(f.ty, v, p);
      case K::Map:
      case K::StrMap:
        if (!v.is_object()) return fail(p, "expected an object");
        for (const auto& [k, item] : v.items()) {
          if (f.kind == K::Map) object(f.ty, item, child(p, k));
          else if (!item.is_string()) fail(child(p, k), "expected a string");
        }
        return;
      case K::Arr:
      case K::StrArr:
        if (!v.is_array()) return fail(p, "expected an array");
        if (v.size() < f.min_items) fail(p, fmt::format("needs at least {} item(s)", f.min_items));
        for (size_t i = 0; i < v.size(); ++i) {
          if (f.kind == K::StrArr && !v[i].is_string()) fail(child(p, i), "expected a string");
          if (f.kind == K::Arr && f.ty != Ty::Any) object(f.ty, v[i], child(p, i));
        }
        if (f.unique && !allDistinct(v)) fail(p, "items must be unique (uniqueItems)");
        return;
    }
  }

  // Rules from the spec text that the per-key table cannot express.
  void rules(Ty ty, const json& v, const std::string& path) {
    auto num = [&](const char* key, int64_t dflt) {
      const json* x = get(v, {key});
      return x && x->is_number_integer() ? x->get<int64_t>() : dflt;
    };
    switch (ty) {
      case Ty::Message:
        if (!v.contains("text") && !v.contains("id")) fail(path, "a message needs 'text' or 'id'");
        break;
      case Ty::PhysLoc:
        if (!v.contains("artifactLocation") && !v.contains("address"))
          fail(path, "needs 'artifactLocation' or 'address'");
        break;
      case Ty::Region: {
        if (!v.contains("startLine") && !v.contains("charOffset") && !v.contains("byteOffset"))
          fail(path, "a region needs 'startLine', 'charOffset' or 'byteOffset'");
        if (!v.contains("startLine")) break;
        int64_t sl = num("startLine", 1), el = num("endLine", sl);
        int64_t sc = num("startColumn", 1), ec = num("endColumn", INT64_MAX);
        if (el < sl) fail(path, fmt::format("endLine {} < startLine {}", el, sl));
        if (el == sl && ec < sc) fail(path, fmt::format("endColumn {} < startColumn {}", ec, sc));
        break;
      }
      case Ty::Replacement:
        // Stricter than the schema: an insertion with neither text nor binary
        // content inserts nothing and is a producer bug.
        if (const json* c = get(v, {"insertedContent"});
            c && c->is_object() && !c->contains("text") && !c->contains("binary"))
          fail(child(path, "insertedContent"), "inserted content needs 'text' or 'binary'");
        break;
      case Ty::Component: uniqueIds(v, "rules", path); break;
      case Ty::Result: uniqueIds(v, "relatedLocations", path); break;
      case Ty::Run: ruleRefs(v, path); break;
      default: break;
    }
  }

  // `id` is unique among the items of v[array] that have one (-1 means none).
  void uniqueIds(const json& v, const char* array, const std::string& path) {
    const json* items = get(v, {array});
    if (!items || !items->is_array()) return;
    std::set<const json*, DerefLess> seen;
    for (size_t i = 0; i < items->size(); ++i) {
      const json* id = get((*items)[i], {"id"});
      if (id && *id != json(-1) && !seen.insert(id).second)
        fail(child(child(child(path, array), i), "id"), fmt::format("duplicate id {}", id->dump()));
    }
  }

  // result.ruleIndex indexes tool.driver.rules and must name the rule whose id
  // is result.ruleId (results that name an extension's rule are skipped).
  void ruleRefs(const json& run, const std::string& path) {
    const json* results = get(run, {"results"});
    const json* rules = get(run, {"tool", "driver", "rules"});
    if (!results || !results->is_array()) return;
    size_t n_rules = rules && rules->is_array() ? rules->size() : 0;
    for (size_t i = 0; i < results->size(); ++i) {
      const json& r = (*results)[i];
      const json* index = get(r, {"ruleIndex"});
      if (!index || !index->is_number_integer() || index->get<int64_t>() < 0 ||
          get(r, {"rule", "toolComponent"}))
        continue;
      size_t idx = index->get<size_t>();
      std::string p = child(child(child(path, "results"), i), "ruleIndex");
      if (idx >= n_rules) {
        fail(p, fmt::format("{} is out of range: tool.driver.rules has {} item(s)", idx, n_rules));
        continue;
      }
      const json* id = get((*rules)[idx], {"id"});
      const json* rule_id = get(r, {"ruleId"});
      if (id && rule_id && *id != *rule_id)
        fail(p, fmt::format("rules[{}].id is {} but ruleId is {}", idx, id->dump(),
                            rule_id->dump()));
    }
  }
};

}  // namespace

std::vector<std::string> validateSarif(const json& log) {
  Checker c;
  c.object(Ty::Log, log, "");
  return std::move(c.out);
}

}  // namespace migc::test
