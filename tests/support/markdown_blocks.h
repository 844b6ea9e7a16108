// The fenced .mig code blocks of a Markdown file, by their info string:
//   ```mig           a complete program: `migc check` reports no error and no warning
//   ```mig-fragment  part of a program, shown alone: it parses without errors
//   ```mig-error     a mistake: its first comment names every code it produces
// (tests/unit/docs_examples_test.cpp holds the docs to that). A fence may be
// indented (inside a list item); the block's lines lose that indentation.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace migc::test {

struct MarkdownBlock {
  std::string kind;  // "mig", "mig-fragment", "mig-error" or another "mig-…" (an error)
  std::string code;
  size_t line = 0;   // 1-based line of the block's first code line
};

inline std::vector<MarkdownBlock> migBlocks(std::string_view markdown) {
  std::vector<MarkdownBlock> out;
  std::vector<std::string_view> lines;
  for (size_t pos = 0; pos <= markdown.size();) {
    size_t end = markdown.find('\n', pos);
    if (end == std::string_view::npos) end = markdown.size();
    lines.push_back(markdown.substr(pos, end - pos));
    pos = end + 1;
  }
  auto indentOf = [](std::string_view l) { return l.find_first_not_of(' ') == std::string_view::npos ? l.size() : l.find_first_not_of(' '); };
  for (size_t i = 0; i < lines.size(); ++i) {
    size_t indent = indentOf(lines[i]);
    std::string_view fence = lines[i].substr(indent);
    if (!fence.starts_with("```mig")) continue;
    std::string_view info = fence.substr(3);
    while (!info.empty() && info.back() == ' ') info.remove_suffix(1);
    if (info != "mig" && !info.starts_with("mig-")) continue;
    MarkdownBlock block{std::string(info), "", i + 2};
    size_t j = i + 1;
    for (; j < lines.size(); ++j) {
      std::string_view l = lines[j];
      if (l.substr(indentOf(l)).starts_with("```")) break;
      block.code += std::string(l.substr(std::min(indent, indentOf(l)))) + "\n";
    }
    out.push_back(std::move(block));
    i = j;
  }
  return out;
}

}  // namespace migc::test
