// Param constraints from the names they reach (see the header).
#include "lower/param_constraints.h"

#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <map>
#include <regex>

#include "assets/package.h"
#include "checks/resource_names.h"
#include "lower/context.h"

namespace migc::lower {
namespace {

using checks::CharSet;
using checks::NamePart;
using checks::NameRule;
using K = model::PValue::Kind;

// One emitted name with a rule, as parts: literal text, params (by name) and
// values known only at deploy time (another resource's attribute: a part of
// unknown length, counted as empty, as the name checks count it).
struct Name {
  const NameRule* rule = nullptr;
  std::vector<NamePart> parts;
  std::string owner;  // the declaration the resource was lowered from
};

void flatten(const model::PValue& v, std::vector<NamePart>& parts) {
  switch (v.kind) {
    case K::String: parts.push_back({v.text}); break;
    case K::Int: parts.push_back({std::to_string(v.integer)}); break;
    case K::Concat:
      for (const model::PValue& item : v.items) flatten(item, parts);
      break;
    case K::Param: parts.push_back({v.text, true}); break;
    default: parts.push_back({"", true}); break;  // unknown until deploy, not a param
  }
}

// A param's occurrence in a name, with its share of the name's room.
struct Reach {
  const Name* name = nullptr;
  size_t index = 0;     // of the param's part in name->parts
  int share = -1;       // -1: the name has no maximum
};

const ir::Param* paramNamed(const ir::Program& program, std::string_view name) {
  for (const ir::Param& p : program.params)
    if (p.name == name) return &p;
  return nullptr;
}

int longestValue(const ir::Param& p) {
  int n = 0;
  for (const std::string& v : p.allowed) n = std::max(n, static_cast<int>(v.size()));
  return n;
}

// The parts with every enum param at its longest value (what the checks
// judge a name by) and `param` given `value`.
std::vector<NamePart> withValue(const ir::Program& program, const std::vector<NamePart>& parts,
                                std::string_view param, const std::string& value) {
  std::vector<NamePart> out;
  for (NamePart part : parts) {
    if (part.param && part.text == param) {
      part = NamePart{value};
    } else if (part.param) {
      const ir::Param* p = paramNamed(program, part.text);
      if (p && !p->allowed.empty()) part.max_length = longestValue(*p);
    }
    if (!part.param && !out.empty() && !out.back().param) out.back().text += part.text;
    else out.push_back(std::move(part));
  }
  return out;
}

std::string shown(const Name& n) { return checks::shownName(n.parts); }

// A set of characters as a class body: full ranges a-z, A-Z, 0-9, other
// characters one by one, '-' last. `escaped` for a regular expression: the
// characters special inside a class escaped (`&` for Java's `&&`).
std::string classBody(const CharSet& set, bool escaped) {
  std::string out, literal;
  auto range = [&](char from, char to) {
    bool all = true;
    for (char c = from; c <= to; ++c) all = all && set.test(static_cast<unsigned char>(c));
    if (all) out += fmt::format("{}-{}", from, to);
    else
      for (char c = from; c <= to; ++c)
        if (set.test(static_cast<unsigned char>(c))) out += c;
  };
  range('A', 'Z');
  range('a', 'z');
  range('0', '9');
  for (unsigned c = 32; c < 127; ++c) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (alnum || c == '-' || !set.test(c)) continue;
    if (escaped && std::string_view("\\[]^&").find(static_cast<char>(c)) != std::string_view::npos) literal += '\\';
    literal += static_cast<char>(c);
  }
  out += literal;
  if (set.test('-')) out += '-';  // last in the class: literal in RE2, Java and ECMAScript alike
  return out;
}

// Whether `value` matches `pattern` as the targets read it (std::regex's
// ECMAScript grammar reads the classes and groups we write alike).
bool matches(const std::string& pattern, const std::string& value) {
  if (pattern.empty()) return true;
  try {
    return std::regex_match(value, std::regex(pattern));
  } catch (const std::regex_error&) {
    return true;  // judged by the target at deploy time
  }
}

// What the names reached by one param allow of it.
struct Derived {
  int max_length = -1;
  const Reach* tightest = nullptr;
  CharSet chars = CharSet().set();
  CharSet first = CharSet().set(), last = CharSet().set();
  bool has_first = false, has_last = false, hyphens = false;
};

Derived derive(const std::vector<Reach>& reaches) {
  Derived d;
  for (const Reach& r : reaches) {
    const NameRule& rule = *r.name->rule;
    // Ties go to the name that sorts first, not the one lowered first:
    // reordering declarations must not change what the targets say.
    if (r.share >= 0 && (d.max_length < 0 || r.share < d.max_length ||
                         (r.share == d.max_length && shown(*r.name) < shown(*d.tightest->name))))
      d.max_length = r.share, d.tightest = &r;
    d.chars &= checks::allowedCharacters(rule);
    if (r.index == 0 && !rule.first.empty()) d.first &= checks::charactersOfClass(rule.first), d.has_first = true;
    if (r.index + 1 == r.name->parts.size() && !rule.last.empty())
      d.last &= checks::charactersOfClass(rule.last), d.has_last = true;
    d.hyphens = d.hyphens || rule.no_double_hyphen;
  }
  return d;
}

// The anchored pattern and its words. Empty pattern: any characters.
ir::NameConstraint constraintOf(const Derived& d) {
  ir::NameConstraint c;
  c.max_length = d.max_length;
  CharSet chars = d.chars;
  std::vector<std::string> words;
  if (d.max_length >= 0) words.push_back(fmt::format("at most {} characters", d.max_length));
  bool hyphens = d.hyphens && chars.test('-');
  if (hyphens) {
    // Words of the other characters joined by single hyphens: never '--',
    // nor a '-' at either end where it could meet a literal one.
    CharSet x = chars;
    x.reset('-');
    if (d.has_last) x &= d.last;
    CharSet f = d.has_first ? x & d.first : x;
    c.pattern = f == x ? fmt::format("^[{}]+(?:-[{}]+)*$", classBody(x, true), classBody(x, true))
                       : fmt::format("^[{}][{}]*(?:-[{}]+)*$", classBody(f, true), classBody(x, true), classBody(x, true));
  } else if (d.has_first && d.has_last) {
    CharSet f = chars & d.first, l = chars & d.last;
    c.pattern = fmt::format("^(?:[{}]|[{}][{}]*[{}])$", classBody(f & l, true), classBody(f, true),
                            classBody(chars, true), classBody(l, true));
  } else if (d.has_first) {
    c.pattern = fmt::format("^[{}][{}]*$", classBody(chars & d.first, true), classBody(chars, true));
  } else if (d.has_last) {
    c.pattern = fmt::format("^[{}]*[{}]$", classBody(chars, true), classBody(chars & d.last, true));
  } else if (chars != CharSet().set()) {
    c.pattern = fmt::format("^[{}]*$", classBody(chars, true));
  }
  if (chars != CharSet().set()) words.push_back("only " + checks::describeCharset(classBody(chars, false)));
  if (d.has_first) words.push_back("the first character from " + checks::describeCharset(classBody(chars & d.first, false)));
  CharSet inner = chars;
  inner.reset('-');
  bool last_said = hyphens && (inner & ~d.last).none();  // "no '-' last" says it all
  if (d.has_last && !last_said)
    words.push_back("the last from " + checks::describeCharset(classBody(chars & d.last, false)));
  if (hyphens) words.push_back("no '-' first, last or twice in a row");
  std::string text;
  for (size_t i = 0; i < words.size(); ++i) text += (i == 0 ? "" : ", ") + words[i];
  if (d.tightest)
    text += fmt::format(" (the {} '{}' leaves that room)", d.tightest->name->rule->what, shown(*d.tightest->name));
  c.description = text;
  return c;
}

// Why `value` given to `param` makes a name it reaches one AWS refuses, or
// empty: the name checks' own reason for the first such name.
std::string refusal(const ir::Program& program, const std::string& param, const std::string& value,
                    const std::vector<Reach>& reaches, const Name** which) {
  for (const Reach& r : reaches)
    if (auto why = checks::checkNameWorstCase(*r.name->rule, withValue(program, r.name->parts, param, value))) {
      *which = r.name;
      return why->reason;
    }
  return {};
}

SourceRange ownerRange(const ir::Program& program, const Name& n) {
  for (const ir::Object& o : program.objects)
    if (o.name == n.owner) return o.name_range;
  return {};
}

}  // namespace

void constrainParams(ir::Program& program, const checks::StdlibData& data, DiagnosticSink& diags) {
  bool any_string = std::any_of(program.params.begin(), program.params.end(),
                                [](const ir::Param& p) { return p.type == "string"; });
  if (!any_string) return;
  DiagnosticSink scratch;  // check and build report what the lowering says
  model::Stack stack = model::selectTarget(lowerProgram(program, scratch, model::Targets::All, assets::assetPaths(program)),
                                           model::Target::Terraform);
  std::deque<Name> names;  // stable addresses for the reaches
  std::map<std::string, std::vector<Reach>> reaches;  // by param
  for (const model::Resource& r : stack.resources)
    for (const auto& [argument, value] : r.properties) {
      const NameRule* rule = checks::nameRuleForTerraform(data, r.type, argument);
      if (!rule || !value.any([](const model::PValue& v) { return v.kind == K::Param; })) continue;
      Name& n = names.emplace_back(Name{rule, {}, r.owner});
      flatten(value, n.parts);
      // The room the params without a fixed set of values share.
      int room = rule->max_length, sharing = 0;
      for (const NamePart& part : n.parts) {
        const ir::Param* p = part.param ? paramNamed(program, part.text) : nullptr;
        if (!part.param) room -= static_cast<int>(part.text.size());
        else if (p && !p->allowed.empty()) room -= longestValue(*p);
        else if (p && p->type == "string") ++sharing;
      }
      for (size_t i = 0; i < n.parts.size(); ++i) {
        const ir::Param* p = n.parts[i].param ? paramNamed(program, n.parts[i].text) : nullptr;
        if (!p || p->type != "string") continue;
        int share = rule->max_length <= 0 ? -1 : p->allowed.empty() ? std::max(room, 0) / std::max(sharing, 1) : -1;
        reaches[p->name].push_back(Reach{&n, i, share});
      }
    }
  for (ir::Param& param : program.params) {
    auto it = reaches.find(param.name);
    if (it == reaches.end()) continue;
    const Name* which = nullptr;
    if (!param.allowed.empty()) {  // an enum: its values are the constraint; check each
      for (const std::string& value : param.allowed)
        if (std::string why = refusal(program, param.name, value, it->second, &which); !why.empty()) {
          diags.report(DiagKind::ParamValueDoesNotFitName, param.range, "value", value, param.name, which->rule->what,
                       shown(*which), why)
              .note("the name of a resource of this declaration", ownerRange(program, *which));
          break;
        }
      continue;
    }
    Derived d = derive(it->second);
    if (d.max_length == 0) {
      const Name& n = *d.tightest->name;
      diags.report(DiagKind::NoRoomForParam, param.range, param.name, n.rule->what, shown(n),
                   fmt::format("its other characters leave no room within the {} it may have", n.rule->max_length))
          .note("the name of a resource of this declaration", ownerRange(program, n))
          .help(fmt::format("the name comes from the naming pattern \"{}\": shorten the declaration's name or the pattern",
                            program.naming));
      continue;
    }
    ir::NameConstraint c = constraintOf(d);
    if (param.has_default && param.default_value.kind == ir::Value::Kind::String) {
      const std::string& value = param.default_value.text;
      std::string why = refusal(program, param.name, value, it->second, &which);
      if (why.empty() && c.max_length >= 0 && static_cast<int>(value.size()) > c.max_length) {
        which = d.tightest->name;
        why = fmt::format("it is {} characters long, and its share of the name's room is {}", value.size(),
                          c.max_length);
      }
      if (why.empty() && !matches(c.pattern, value)) {
        which = it->second.front().name;
        why = fmt::format("the names it reaches allow {}", c.description);
      }
      if (!why.empty()) {
        diags.report(DiagKind::ParamValueDoesNotFitName, param.range, "default", value, param.name,
                     which->rule->what, shown(*which), why)
            .note("the name of a resource of this declaration", ownerRange(program, *which));
        continue;
      }
    }
    param.name_constraint = std::move(c);
  }
}

}  // namespace migc::lower
