#include "driver/source_hash.h"

#include <filesystem>

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/StringExtras.h>
#include <llvm/Support/SHA256.h>

namespace migc {

std::string sourceHash(const SourceManager& sm, const std::string& root) {
  llvm::SHA256 sha;
  std::filesystem::path base = std::filesystem::is_directory(root) ? std::filesystem::path(root)
                                                                   : std::filesystem::path(root).parent_path();
  for (uint32_t i = 0; i < sm.fileCount(); ++i) {
    FileId f{i};
    // The project config (migc.json, policy packs) decides what is
    // reported, not what is emitted.
    if (sm.path(f).ends_with(".json")) continue;
    std::string relative = std::filesystem::path(sm.path(f)).lexically_relative(base).generic_string();
    std::string_view path = relative.empty() ? sm.path(f) : std::string_view(relative);
    std::string_view text = sm.text(f);
    sha.update(llvm::StringRef(path.data(), path.size()));
    sha.update(llvm::StringRef("\0", 1));
    sha.update(llvm::StringRef(text.data(), text.size()));
    sha.update(llvm::StringRef("\0", 1));
  }
  auto digest = sha.final();
  return llvm::toHex(llvm::StringRef(reinterpret_cast<const char*>(digest.data()), digest.size()), true);
}

std::string sha256Hex(std::string_view bytes) {
  auto digest = llvm::SHA256::hash(llvm::arrayRefFromStringRef(llvm::StringRef(bytes.data(), bytes.size())));
  return llvm::toHex(llvm::StringRef(reinterpret_cast<const char*>(digest.data()), digest.size()), true);
}

}  // namespace migc
