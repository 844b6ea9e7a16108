#include "diag/source_manager.h"

#include <algorithm>

#include <llvm/Support/MemoryBuffer.h>
#include <llvm/Support/SourceMgr.h>

namespace migc {

SourceManager::SourceManager() : llvm_(std::make_unique<llvm::SourceMgr>()) {}
SourceManager::~SourceManager() = default;

FileId SourceManager::add(std::string path, std::string text) {
  File file;
  file.path = std::move(path);
  file.line_starts.push_back(0);
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') file.line_starts.push_back(static_cast<uint32_t>(i + 1));
  auto buffer = llvm::MemoryBuffer::getMemBufferCopy(text, file.path);
  llvm_->AddNewSourceBuffer(std::move(buffer), llvm::SMLoc());
  files_.push_back(std::move(file));
  return FileId{static_cast<uint32_t>(files_.size() - 1)};
}

std::string_view SourceManager::text(FileId f) const {
  llvm::StringRef buf = llvm_->getMemoryBuffer(bufferId(f))->getBuffer();
  return {buf.data(), buf.size()};
}

LineCol SourceManager::lineCol(FileId f, uint32_t offset) const {
  const auto& starts = files_[f.index].line_starts;
  auto it = std::upper_bound(starts.begin(), starts.end(), offset);
  uint32_t line = static_cast<uint32_t>(it - starts.begin());
  return {line, offset - starts[line - 1] + 1};
}

std::string_view SourceManager::lineText(FileId f, uint32_t line) const {
  const auto& starts = files_[f.index].line_starts;
  std::string_view all = text(f);
  if (line == 0 || line > starts.size()) return {};
  size_t begin = starts[line - 1];
  size_t end = line < starts.size() ? starts[line] : all.size();
  while (end > begin && (all[end - 1] == '\n' || all[end - 1] == '\r')) --end;
  return all.substr(begin, end - begin);
}

}  // namespace migc
