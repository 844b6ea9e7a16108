#include "assets/asset_zip.h"

#include <llvm/ADT/ArrayRef.h>
#include <llvm/ADT/StringRef.h>
#include <llvm/Support/Base64.h>
#include <llvm/Support/CRC.h>
#include <llvm/Support/SHA256.h>

#include <algorithm>

#include "base/confine.h"

namespace migc::assets {
namespace {

void put16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>((v >> 8) & 0xff));
}
void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xffff);
  put16(out, v >> 16);
}

constexpr uint32_t kDosTime = 0;                           // 00:00:00
constexpr uint32_t kDosDate = (0u << 9) | (1u << 5) | 1u;  // 1980-01-01
constexpr uint32_t kUnixFileMode = 0100644;                // regular file, rw-r--r--
constexpr uint32_t kUnixExecutableMode = 0100755;          // regular file, rwxr-xr-x

}  // namespace

std::string storedZip(std::vector<ZipEntry> entries) {
  std::sort(entries.begin(), entries.end(), [](const ZipEntry& a, const ZipEntry& b) { return a.path < b.path; });
  std::string out, central;
  for (const auto& [name, data, executable] : entries) {
    uint32_t crc = llvm::crc32(llvm::ArrayRef<uint8_t>(reinterpret_cast<const uint8_t*>(data.data()), data.size()));
    uint32_t offset = static_cast<uint32_t>(out.size());
    auto header = [&](std::string& h, bool central_entry) {
      put32(h, central_entry ? 0x02014b50 : 0x04034b50);
      if (central_entry) put16(h, (3u << 8) | 20);  // made by: Unix, zip 2.0
      put16(h, 20);                                 // version needed
      put16(h, 0x0800);                             // names are UTF-8
      put16(h, 0);                                  // STORED
      put16(h, kDosTime);
      put16(h, kDosDate);
      put32(h, crc);
      put32(h, static_cast<uint32_t>(data.size()));
      put32(h, static_cast<uint32_t>(data.size()));
      put16(h, static_cast<uint32_t>(name.size()));
      put16(h, 0);  // extra
      if (central_entry) {
        put16(h, 0);  // comment
        put16(h, 0);  // disk
        put16(h, 0);  // internal attributes
        put32(h, (executable ? kUnixExecutableMode : kUnixFileMode) << 16);
        put32(h, offset);
      }
      h += name;
    };
    header(out, false);
    out += data;
    header(central, true);
  }
  uint32_t central_offset = static_cast<uint32_t>(out.size());
  out += central;
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<uint32_t>(entries.size()));
  put16(out, static_cast<uint32_t>(entries.size()));
  put32(out, static_cast<uint32_t>(central.size()));
  put32(out, central_offset);
  put16(out, 0);
  return out;
}

std::string sha256Base64(std::string_view bytes) {
  llvm::SHA256 sha;
  sha.update(llvm::StringRef(bytes.data(), bytes.size()));
  auto digest = sha.final();
  return llvm::encodeBase64(llvm::StringRef(reinterpret_cast<const char*>(digest.data()), digest.size()));
}

// Sema confined the path to the workspace (base/confine.h); it is checked
// again here, as it is read, so that nothing swapped in since is read either.
bool packageAsset(const std::filesystem::path& source, PackagedAsset& out, std::string& error) {
  namespace fs = std::filesystem;
  std::vector<std::pair<std::string, fs::path>> files;
  std::error_code ec;
  if (fs::is_directory(source, ec)) {
    if (!confinedFiles(source, kMaxInputBytes, files, error)) return false;
  } else {
    files.emplace_back(source.filename().generic_string(), source);
  }
  std::vector<ZipEntry> entries;
  uintmax_t total = 0;
  for (auto& [name, path] : files) {
    std::string data;
    uintmax_t size = 0;
    ReadStatus status = readBounded(path, kMaxInputBytes - total, data, size);
    if (status != ReadStatus::Ok) {
      error = path.generic_string() + ": " + describe(status, kMaxInputBytes);
      return false;
    }
    total += data.size();
    constexpr auto kAnyExec = fs::perms::owner_exec | fs::perms::group_exec | fs::perms::others_exec;
    bool executable = (fs::status(path, ec).permissions() & kAnyExec) != fs::perms::none ||
                      fs::path(name).filename() == "bootstrap";
    entries.push_back({std::move(name), std::move(data), executable});
  }
  out.zip = storedZip(std::move(entries));
  out.sha256_base64 = sha256Base64(out.zip);
  return true;
}

}  // namespace migc::assets
