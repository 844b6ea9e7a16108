#include "terraform/hcl_writer.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace migc::terraform::hcl {
namespace {

// Longest one-line list we write; longer ones go one item per line.
constexpr size_t kMaxInlineList = 80;

std::string spaces(int n) { return std::string(static_cast<size_t>(std::max(n, 0)), ' '); }

// fmt aligns by characters (UTF-8 code points), not bytes: a quoted key
// with non-ASCII letters is narrower than its byte length.
size_t width(const std::string& name) {
  size_t n = 0;
  for (char c : name) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Appends one `name = value` entry; `pad` is the width the run aligns to.
void writeEntry(const std::string& name, const Expr& value, size_t pad, int indent, std::string& out) {
  out += spaces(indent);
  out += name;
  out += std::string(pad > width(name) ? pad - width(name) : 0, ' ');
  out += " = ";
  out += value.empty() ? std::string("null") : value.front();
  out += '\n';
  for (size_t i = 1; i < value.size(); ++i) out += value[i] + '\n';
}

// Writes entries [begin, end) of a sequence of (name, value) pairs where
// `single(i)` says whether entry i is one line; aligns each run of
// consecutive one-line entries.
template <typename NameAt, typename ValueAt>
void writeAligned(size_t begin, size_t end, NameAt nameAt, ValueAt valueAt, int indent, std::string& out) {
  size_t i = begin;
  while (i < end) {
    if (valueAt(i).size() != 1) {
      writeEntry(nameAt(i), valueAt(i), 0, indent, out);
      ++i;
      continue;
    }
    size_t j = i, pad = 0;
    while (j < end && valueAt(j).size() == 1) pad = std::max(pad, width(nameAt(j++)));
    for (; i < j; ++i) writeEntry(nameAt(i), valueAt(i), pad, indent, out);
  }
}

Expr splitLines(const std::string& text) {
  Expr lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

}  // namespace

void Body::attribute(std::string name, Expr value) {
  Item it;
  it.kind = Item::Kind::Attribute;
  it.name = std::move(name);
  it.value = std::move(value);
  items.push_back(std::move(it));
}

Body& Body::block(std::string header) {
  Item it;
  it.kind = Item::Kind::Block;
  it.name = std::move(header);
  it.body = std::make_unique<Body>();
  items.push_back(std::move(it));
  return *items.back().body;
}

void Body::blank() {
  if (!items.empty() && items.back().kind != Item::Kind::Blank) items.push_back(Item{});
}

void write(const Body& body, int indent, std::string& out) {
  const auto& items = body.items;
  // A body never ends with a blank line (fmt keeps it, but it looks odd).
  size_t n = items.size();
  while (n > 0 && items[n - 1].kind == Item::Kind::Blank) --n;
  size_t i = 0;
  while (i < n) {
    const Item& it = items[i];
    if (it.kind == Item::Kind::Blank) {
      out += '\n';
      ++i;
    } else if (it.kind == Item::Kind::Block) {
      out += spaces(indent) + it.name;
      if (it.body->items.empty()) {
        out += " {}\n";
      } else {
        out += " {\n";
        write(*it.body, indent + 2, out);
        out += spaces(indent) + "}\n";
      }
      ++i;
    } else {
      size_t j = i;
      while (j < n && items[j].kind == Item::Kind::Attribute) ++j;
      writeAligned(
          i, j, [&](size_t k) -> const std::string& { return items[k].name; },
          [&](size_t k) -> const Expr& { return items[k].value; }, indent, out);
      i = j;
    }
  }
}

Expr object(const std::vector<Entry>& entries, int indent) {
  if (entries.empty()) return {"{}"};
  std::string text;
  writeAligned(
      0, entries.size(), [&](size_t k) -> const std::string& { return entries[k].key; },
      [&](size_t k) -> const Expr& { return entries[k].value; }, indent + 2, text);
  Expr lines{"{"};
  for (auto& l : splitLines(text)) lines.push_back(std::move(l));
  lines.push_back(spaces(indent) + "}");
  return lines;
}

Expr list(const std::vector<Expr>& items, int indent) {
  if (items.empty()) return {"[]"};
  bool allSingle = std::all_of(items.begin(), items.end(), [](const Expr& e) { return e.size() == 1; });
  if (allSingle) {
    std::string line = "[";
    for (size_t i = 0; i < items.size(); ++i) line += (i ? ", " : "") + items[i].front();
    line += "]";
    if (line.size() <= kMaxInlineList) return {line};
  }
  Expr lines{"["};
  for (const auto& item : items) {
    for (size_t k = 0; k < item.size(); ++k) {
      std::string l = k == 0 ? spaces(indent + 2) + item[k] : item[k];
      if (k + 1 == item.size()) l += ',';
      lines.push_back(std::move(l));
    }
  }
  lines.push_back(spaces(indent) + "]");
  return lines;
}

std::string escapeTemplate(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool brace = i + 1 < text.size() && text[i + 1] == '{';
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '$': out += brace ? "$$" : "$"; break;
      case '%': out += brace ? "%%" : "%"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          std::array<char, 8> buf{};
          std::snprintf(buf.data(), buf.size(), "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf.data();
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string quote(std::string_view text) { return "\"" + escapeTemplate(text) + "\""; }

std::string objectKey(std::string_view key) {
  // Keywords would be read as literals or start a `for` expression.
  static constexpr std::array<std::string_view, 6> kReserved = {"true", "false", "null", "for", "in", "if"};
  bool ident = !key.empty() && !(key.front() >= '0' && key.front() <= '9');
  for (char c : key)
    ident = ident && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
  if (ident && std::find(kReserved.begin(), kReserved.end(), key) == kReserved.end()) return std::string(key);
  return quote(key);
}

}  // namespace migc::terraform::hcl
