// A function's code asset packaged as a zip, byte for byte the same on every
// run and machine: entries sorted by path, a fixed timestamp (1980-01-01, the
// zip epoch), permissions 0644 or 0755 only, no extra fields, STORED (no
// compression, so the bytes depend on no compression library's version).
// Lambda accepts stored entries; the archives are small handler folders.
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

// One file of an archive. Lambda runs what the zip's Unix mode says: a custom
// runtime's `bootstrap` (provided.al2023) or a script it calls must keep its
// executable bit, or the function fails with "permission denied".
struct ZipEntry {
  std::string path;  // inside the archive
  std::string data;
  bool executable = false;  // mode 0755 instead of 0644
};

std::string storedZip(std::vector<ZipEntry> entries);

// Zips a folder (its regular files, recursively, paths relative to it) or a
// single file (under its own name). A file is executable in the archive when
// it is executable in the source, and a file named `bootstrap` always is
// (a checkout on a file system without modes must still give a runnable
// custom runtime). Returns false and sets `error` when the
// source cannot be read.
bool packageAsset(const std::filesystem::path& source, PackagedAsset& out, std::string& error);

std::string sha256Base64(std::string_view bytes);

}  // namespace migc::assets
