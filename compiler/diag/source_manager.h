// Owns the text of every loaded file. Buffers live in an llvm::SourceMgr so
// that diagnostics render through it; line tables are computed at load time
// so that lookups are thread-safe while files are parsed in parallel.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace llvm { class SourceMgr; }

namespace migc {

struct FileId {
  uint32_t index = UINT32_MAX;
  bool valid() const { return index != UINT32_MAX; }
  friend bool operator==(FileId, FileId) = default;
};

// A half-open byte range [begin, end) in one file.
struct SourceRange {
  FileId file;
  uint32_t begin = 0;
  uint32_t end = 0;
  // 0 when the text was written where it takes effect; else the component
  // expansion it was elaborated in (SourceManager::expansion), so that a
  // diagnostic inside a component's body also names the use that caused it.
  uint32_t expansion = 0;
};

struct LineCol {
  uint32_t line = 1;    // 1-based
  uint32_t column = 1;  // 1-based, in bytes
};

class SourceManager {
 public:
  SourceManager();
  ~SourceManager();
  SourceManager(const SourceManager&) = delete;
  SourceManager& operator=(const SourceManager&) = delete;

  // `path` is how the file is named in diagnostics (kept as given).
  FileId add(std::string path, std::string text);

  size_t fileCount() const { return files_.size(); }
  std::string_view path(FileId f) const { return files_[f.index].path; }
  std::string_view text(FileId f) const;
  LineCol lineCol(FileId f, uint32_t offset) const;
  // The text of the 1-based line, without its line terminator.
  std::string_view lineText(FileId f, uint32_t line) const;
  uint32_t lineCount(FileId f) const {
    return static_cast<uint32_t>(files_[f.index].line_starts.size());
  }

  // Component expansions, numbered from 1. A use inside another component's
  // body has that expansion in `use.expansion`, which makes a chain.
  struct Expansion {
    std::string component;
    SourceRange use;
  };
  uint32_t addExpansion(std::string component, SourceRange use) {
    expansions_.push_back({std::move(component), use});
    return static_cast<uint32_t>(expansions_.size());
  }
  const Expansion& expansion(uint32_t id) const { return expansions_[id - 1]; }

  llvm::SourceMgr& llvm() const { return *llvm_; }
  // The llvm::SourceMgr buffer id of a file (1-based).
  unsigned bufferId(FileId f) const { return f.index + 1; }

 private:
  struct File {
    std::string path;
    std::vector<uint32_t> line_starts;
  };
  std::unique_ptr<llvm::SourceMgr> llvm_;
  std::vector<File> files_;
  std::vector<Expansion> expansions_;
};

}  // namespace migc
