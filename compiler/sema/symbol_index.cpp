#include "sema/symbol_index.h"

#include <functional>

namespace migc::sema {

size_t SymbolIndex::SeenHash::operator()(const SeenKey& k) const {
  size_t h = std::hash<uint64_t>{}((uint64_t(k.file) << 32) ^ k.begin);
  h ^= std::hash<uint64_t>{}((uint64_t(k.end) << 32) ^ k.declaration) + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h ^ std::hash<std::string>{}(k.attribute);
}

uint32_t SymbolIndex::declare(Declaration d) {
  d.name_range.expansion = 0;
  d.range.expansion = 0;
  declarations.push_back(std::move(d));
  return static_cast<uint32_t>(declarations.size() - 1);
}

void SymbolIndex::reference(SourceRange range, uint32_t declaration, std::string attribute) {
  range.expansion = 0;
  if (!seen_.insert({range.file.index, range.begin, range.end, declaration, attribute}).second) return;
  references.push_back({range, declaration, std::move(attribute)});
}

namespace {
bool contains(SourceRange r, FileId file, uint32_t offset) {
  // An identifier is "at" the cursor also when the cursor is just past it.
  return r.file == file && r.begin <= offset && offset <= r.end;
}
}  // namespace

const SymbolIndex::Declaration* SymbolIndex::declarationNamedAt(FileId file, uint32_t offset) const {
  for (const Declaration& d : declarations)
    if (contains(d.name_range, file, offset)) return &d;
  return nullptr;
}

const SymbolIndex::Reference* SymbolIndex::referenceAt(FileId file, uint32_t offset) const {
  for (const Reference& r : references)
    if (contains(r.range, file, offset)) return &r;
  return nullptr;
}

int SymbolIndex::symbolAt(FileId file, uint32_t offset) const {
  if (const Reference* r = referenceAt(file, offset); r && r->attribute.empty()) return static_cast<int>(r->declaration);
  if (const Declaration* d = declarationNamedAt(file, offset)) return static_cast<int>(d - declarations.data());
  return -1;
}

std::vector<const SymbolIndex::Reference*> SymbolIndex::referencesTo(uint32_t declaration) const {
  std::vector<const Reference*> out;
  for (const Reference& r : references)
    if (r.declaration == declaration && r.attribute.empty()) out.push_back(&r);
  return out;
}

namespace {
bool identChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// The first whole-word occurrence of `word` in text[from, to), or npos.
size_t findWord(std::string_view text, size_t from, size_t to, std::string_view word) {
  if (word.empty()) return std::string_view::npos;
  for (size_t at = text.find(word, from); at != std::string_view::npos && at + word.size() <= to;
       at = text.find(word, at + 1)) {
    bool starts = at == 0 || !identChar(text[at - 1]);
    bool ends = at + word.size() >= text.size() || !identChar(text[at + word.size()]);
    if (starts && ends) return at;
  }
  return std::string_view::npos;
}
}  // namespace

SourceRange wordRange(FileId file, std::string_view text, uint32_t from, uint32_t to, std::string_view word) {
  size_t at = findWord(text, from, std::min<size_t>(to, text.size()), word);
  if (at == std::string_view::npos) return {};
  return {file, static_cast<uint32_t>(at), static_cast<uint32_t>(at + word.size())};
}

SourceRange declaredNameRange(FileId file, std::string_view text, uint32_t begin, uint32_t end,
                              std::string_view keyword, std::string_view name) {
  SourceRange kw = wordRange(file, text, begin, end, keyword);
  SourceRange at = kw.file.valid() ? wordRange(file, text, kw.end, end, name) : SourceRange{};
  return at.file.valid() ? at : SourceRange{file, begin, end};
}

}  // namespace migc::sema
