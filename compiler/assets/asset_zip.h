// A function's code asset packaged as a zip, byte for byte the same on every
// run and machine: entries sorted by path, a fixed timestamp (1980-01-01, the
// zip epoch), fixed permissions, no extra fields, STORED (no compression, so
// the bytes depend on no compression library's version). Lambda accepts
// stored entries; the archives are small handler folders.
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace migc::assets {

struct PackagedAsset {
  std::string zip;            // the archive bytes
  std::string sha256_base64;  // what Terraform's filebase64sha256() gives for it
};

// Entries are (path inside the archive, contents).
std::string storedZip(std::vector<std::pair<std::string, std::string>> entries);

// Zips a folder (its regular files, recursively, paths relative to it) or a
// single file (under its own name). Returns false and sets `error` when the
// source cannot be read.
bool packageAsset(const std::filesystem::path& source, PackagedAsset& out, std::string& error);

std::string sha256Base64(std::string_view bytes);

}  // namespace migc::assets
