// Text rendering. The header and snippet are drawn here rather than through
// llvm::SMDiagnostic, which cannot print an `error[CODE]` label and omits the
// caret line whenever the source line has a non-ASCII byte; colours and the
// buffers still come from LLVM (raw_ostream, SourceMgr).
#include <algorithm>

#include <fmt/format.h>
#include <llvm/Support/raw_ostream.h>

#include "diag/render.h"

namespace migc {
namespace {

// raw_string_ostream reports no colour support; this one is told explicitly.
class ColorStringStream : public llvm::raw_string_ostream {
 public:
  ColorStringStream(std::string& s, bool color) : llvm::raw_string_ostream(s), color_(color) {
    enable_colors(color);
  }
  bool has_colors() const override { return color_; }

 private:
  bool color_;
};

constexpr unsigned kTabStop = 8;

bool isContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Display column (0-based) of byte `byte_index` within `line`: tabs expand to
// the next tab stop and a UTF-8 sequence occupies one column.
unsigned displayColumn(std::string_view line, size_t byte_index) {
  unsigned col = 0;
  for (size_t i = 0; i < byte_index && i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if (c == '\t') col = (col / kTabStop + 1) * kTabStop;
    else if (!isContinuationByte(c)) ++col;
  }
  return col;
}

// Tabs expanded; other control characters (terminal escapes among them)
// shown as '?', one column each, so the source cannot drive the terminal.
std::string expandTabs(std::string_view line) {
  std::string out;
  unsigned col = 0;
  for (char ch : line) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\t') {
      unsigned next = (col / kTabStop + 1) * kTabStop;
      out.append(next - col, ' ');
      col = next;
    } else {
      out.push_back(c < 0x20 || c == 0x7F ? '?' : ch);
      if (!isContinuationByte(c)) ++col;
    }
  }
  return out;
}

// The part of a long line a snippet shows: about kWindowBytes around the
// diagnostic, cut at character boundaries, so that many diagnostics on one
// huge line cost a bounded amount each.
constexpr uint32_t kWindowBytes = 160;

std::string_view lineWindow(std::string_view line, uint32_t at, uint32_t& skipped) {
  skipped = 0;
  if (line.size() <= 2 * kWindowBytes) return line;
  uint32_t begin = at > kWindowBytes / 2 ? at - kWindowBytes / 2 : 0;
  while (begin > 0 && isContinuationByte(static_cast<unsigned char>(line[begin]))) --begin;
  uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(line.size()), begin + kWindowBytes);
  while (end < line.size() && isContinuationByte(static_cast<unsigned char>(line[end]))) ++end;
  skipped = begin;
  return line.substr(begin, end - begin);
}

class TextRenderer {
 public:
  TextRenderer(const SourceManager& sm, ColorStringStream& os) : sm_(sm), os_(os) {}

  void render(const Diagnostic& d) {
    header(d.range, d.severity, d.code(), d.message);
    std::vector<const FixIt*> fixes;
    for (const FixIt& f : d.fixes) fixes.push_back(&f);
    snippet(d.range, d.extra_ranges, fixes);
    for (const DiagNote& n : d.notes) {
      header(n.range, Severity::Note, {}, n.message);
      snippet(n.range, {}, {});
    }
    if (!d.help.empty()) {
      colored(llvm::raw_ostream::CYAN, "help: ");
      os_ << d.help << '\n';
    }
  }

 private:
  void colored(llvm::raw_ostream::Colors c, std::string_view text, bool bold = true) {
    os_.changeColor(c, bold);
    os_ << text;
    os_.resetColor();
  }

  void header(SourceRange r, Severity sev, std::string_view code, std::string_view message) {
    if (r.file.valid()) {
      LineCol lc = sm_.lineCol(r.file, r.begin);
      os_.changeColor(llvm::raw_ostream::SAVEDCOLOR, true);
      os_ << sm_.path(r.file) << ':' << lc.line << ':' << lc.column << ": ";
      os_.resetColor();
    }
    auto color = sev == Severity::Error     ? llvm::raw_ostream::RED
                 : sev == Severity::Warning ? llvm::raw_ostream::MAGENTA
                                            : llvm::raw_ostream::BLACK;
    std::string label(severityName(sev));
    if (!code.empty()) label += "[" + std::string(code) + "]";
    colored(color, label + ": ");
    os_.changeColor(llvm::raw_ostream::SAVEDCOLOR, true);
    os_ << printable(message);
    os_.resetColor();
    os_ << '\n';
  }

  // A message quotes source text ("unexpected character '...'"): control
  // characters are written as \xHH, never sent to the terminal.
  static std::string printable(std::string_view text) {
    std::string out;
    for (char ch : text) {
      auto c = static_cast<unsigned char>(ch);
      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) out += fmt::format("\\x{:02X}", c);
      else out += ch;
    }
    return out;
  }

  // Prints the primary line, a caret line marking the primary range (and
  // any extra ranges on the same line), and fix-it replacement text below.
  void snippet(SourceRange r, const std::vector<SourceRange>& extra,
               const std::vector<const FixIt*>& fixes) {
    if (!r.file.valid()) return;
    LineCol lc = sm_.lineCol(r.file, r.begin);
    std::string_view full_line = sm_.lineText(r.file, lc.line);
    uint32_t skipped = 0;
    std::string_view line = lineWindow(full_line, lc.column - 1, skipped);
    bool cut_before = skipped > 0;
    bool cut_after = skipped + line.size() < full_line.size();
    uint32_t line_begin = r.begin - (lc.column - 1) + skipped;
    uint32_t line_end = line_begin + static_cast<uint32_t>(line.size());
    std::string caret_line;
    auto mark = [&](uint32_t b, uint32_t e, char first, char rest) {
      if (b < line_begin || b > line_end) return;
      e = std::clamp(e, b, line_end);
      unsigned from = displayColumn(line, b - line_begin);
      unsigned to = displayColumn(line, e - line_begin);
      if (to <= from) to = from + 1;
      if (caret_line.size() < to) caret_line.resize(to, ' ');
      for (unsigned c = from; c < to; ++c)
        if (caret_line[c] == ' ') caret_line[c] = c == from ? first : rest;
    };
    mark(r.begin, r.end, '^', '~');
    for (const SourceRange& x : extra)
      if (x.file == r.file) mark(x.begin, x.end, '~', '~');
    // A cut line is shown as "...text..." and the carets move with it.
    std::string_view lead = cut_before ? "..." : "";
    os_ << lead << expandTabs(line) << (cut_after ? "..." : "") << '\n';
    os_.changeColor(llvm::raw_ostream::GREEN, true);
    os_ << std::string(lead.size(), ' ') << caret_line;
    os_.resetColor();
    os_ << '\n';
    for (const FixIt* f : fixes) {
      if (!(f->range.file == r.file) || f->range.begin < line_begin || f->range.begin > line_end)
        continue;
      unsigned col = displayColumn(line, f->range.begin - line_begin);
      os_ << std::string(col + lead.size(), ' ');
      colored(llvm::raw_ostream::GREEN, f->replacement, false);
      os_ << '\n';
    }
  }

  const SourceManager& sm_;
  ColorStringStream& os_;
};

}  // namespace

std::string renderText(const SourceManager& sm, std::span<const Diagnostic> diags, bool color) {
  std::string out;
  ColorStringStream os(out, color);
  TextRenderer renderer(sm, os);
  for (const Diagnostic& d : diags) renderer.render(d);
  os.flush();
  return out;
}

uint32_t codePointColumn(const SourceManager& sm, FileId file, uint32_t offset) {
  LineCol lc = sm.lineCol(file, offset);
  std::string_view text = sm.text(file);
  uint32_t line_begin = offset - (lc.column - 1);
  uint32_t col = 1;
  for (uint32_t i = line_begin; i < offset && i < text.size(); ++i)
    if (!isContinuationByte(static_cast<unsigned char>(text[i]))) ++col;
  return col;
}

}  // namespace migc
