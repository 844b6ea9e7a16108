// Workspace confinement: the one way migc opens a file a program names.
//
// Every path the compiler reads because of the program or the workspace
// (sources found in a folder, `import`s, `std/` imports, a function's `code`,
// the project config) goes through here:
//  * it is resolved with every symlink followed (std::filesystem::canonical);
//  * the result must lie under one of the allowed roots (the workspace root,
//    or the standard library's folder for `std/` imports);
//  * it must be a regular file (or, where allowed, a directory whose entries
//    obey the same rules), never a device, FIFO or socket;
//  * its size is checked before a byte is read, and the read itself stops at
//    the limit (a file that grows, or a pipe, cannot make it read more).
// docs/security.md states this as a property of migc.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace migc {

// The largest source file, config file or code asset migc reads.
inline constexpr uintmax_t kMaxInputBytes = 64u << 20;

enum class Confined : uint8_t {
  Ok,
  Missing,      // does not exist (or a symlink loop, or unreadable metadata)
  Outside,      // resolves outside every allowed root
  NotRegular,   // a device, FIFO, socket, or a directory where a file is needed
  TooLarge,     // larger than the limit
};

struct ConfinedPath {
  Confined status = Confined::Missing;
  std::filesystem::path path;  // canonical: symlinks followed
  uintmax_t size = 0;          // bytes; for a directory, of all its files
  bool directory = false;
};

// Resolves `path` and checks it against `roots` (each made canonical here).
// A directory is accepted only with `allow_directory`; its files (recursively,
// symlinks followed) must each be confined to the directory itself, and
// their total size is what `max_bytes` limits.
ConfinedPath confinePath(const std::filesystem::path& path, const std::vector<std::filesystem::path>& roots,
                         bool allow_directory, uintmax_t max_bytes = kMaxInputBytes);

// Whether `path` (canonical) lies under `root` (canonical), or is it.
bool isUnder(const std::filesystem::path& path, const std::filesystem::path& root);

// The canonical form of a root, or its weakly canonical form when it does not exist.
std::filesystem::path canonicalRoot(const std::filesystem::path& root);

// The regular files of a confined directory, as (name relative to it, canonical
// path), sorted by name; false with `error` set when an entry breaks the rules.
bool confinedFiles(const std::filesystem::path& dir, uintmax_t max_bytes,
                   std::vector<std::pair<std::string, std::filesystem::path>>& files, std::string& error);

enum class ReadStatus : uint8_t { Ok, CannotOpen, NotRegular, TooLarge, ReadError };

// Reads at most `max_bytes` of a regular file ("-": standard input, which
// may be a pipe). The descriptor is checked after opening (fstat), so a path
// swapped for a device between the check and the read is still refused; a
// file or stream longer than the limit is TooLarge, and `size` holds its size
// (for a stream: the bytes seen, which is more than the limit).
ReadStatus readBounded(const std::filesystem::path& path, uintmax_t max_bytes, std::string& out, uintmax_t& size);

// "not a regular file", "larger than 67108864 bytes", ...: for I/O errors.
std::string describe(ReadStatus status, uintmax_t max_bytes);

}  // namespace migc
