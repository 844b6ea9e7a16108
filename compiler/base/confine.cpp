#include "base/confine.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace migc {
namespace fs = std::filesystem;

bool isUnder(const fs::path& path, const fs::path& root) {
  auto p = path.begin();
  for (auto r = root.begin(); r != root.end(); ++r, ++p) {
    if (r->empty()) continue;  // a trailing separator
    if (p == path.end() || *p != *r) return false;
  }
  return true;
}

fs::path canonicalRoot(const fs::path& root) {
  std::error_code ec;
  fs::path c = fs::canonical(root, ec);
  if (!ec) return c;
  return fs::weakly_canonical(fs::absolute(root, ec), ec);
}

bool confinedFiles(const fs::path& dir, uintmax_t max_bytes, std::vector<std::pair<std::string, fs::path>>& files,
                   std::string& error) {
  std::error_code ec;
  fs::path root = fs::canonical(dir, ec);
  if (ec) {
    error = "cannot resolve " + dir.generic_string() + ": " + ec.message();
    return false;
  }
  uintmax_t total = 0;
  // Directory symlinks are not descended into (a loop would never end); a
  // symlink to a file is followed and must stay inside the directory.
  for (auto it = fs::recursive_directory_iterator(root, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::error_code e;
    if (it->is_directory(e) && !it->is_symlink(e)) continue;
    std::string name = it->path().lexically_relative(root).generic_string();
    fs::path real = fs::canonical(it->path(), e);
    if (e) {
      error = name + ": " + e.message();
      return false;
    }
    if (!isUnder(real, root)) {
      error = name + " resolves to " + real.generic_string() + ", outside " + root.generic_string();
      return false;
    }
    fs::file_status st = fs::status(real, e);
    if (e || !fs::is_regular_file(st)) {
      error = name + " is not a regular file";
      return false;
    }
    total += fs::file_size(real, e);
    if (e || total > max_bytes) {
      error = "the files under " + dir.generic_string() + " exceed " + std::to_string(max_bytes) + " bytes";
      return false;
    }
    files.emplace_back(std::move(name), std::move(real));
  }
  if (ec) {
    error = "cannot list " + dir.generic_string() + ": " + ec.message();
    return false;
  }
  std::sort(files.begin(), files.end());
  return true;
}

ConfinedPath confinePath(const fs::path& path, const std::vector<fs::path>& roots, bool allow_directory,
                         uintmax_t max_bytes) {
  ConfinedPath out;
  std::error_code ec;
  out.path = fs::canonical(path, ec);
  if (ec) return out;  // Missing
  bool inside = std::any_of(roots.begin(), roots.end(),
                            [&](const fs::path& r) { return isUnder(out.path, canonicalRoot(r)); });
  if (!inside) {
    out.status = Confined::Outside;
    return out;
  }
  fs::file_status st = fs::status(out.path, ec);
  if (ec) return out;
  if (fs::is_directory(st) && allow_directory) {
    out.directory = true;
    std::vector<std::pair<std::string, fs::path>> files;
    std::string error;
    if (!confinedFiles(out.path, max_bytes, files, error)) {
      out.status = error.find("exceed") != std::string::npos ? Confined::TooLarge : Confined::NotRegular;
      return out;
    }
    for (const auto& f : files) out.size += fs::file_size(f.second, ec);
    out.status = Confined::Ok;
    return out;
  }
  if (!fs::is_regular_file(st)) {
    out.status = Confined::NotRegular;
    return out;
  }
  out.size = fs::file_size(out.path, ec);
  out.status = out.size > max_bytes ? Confined::TooLarge : Confined::Ok;
  return out;
}

ReadStatus readBounded(const fs::path& path, uintmax_t max_bytes, std::string& out, uintmax_t& size) {
  out.clear();
  size = 0;
  bool stdin_stream = path == "-";
  // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
  int fd = stdin_stream ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return ReadStatus::CannotOpen;
  struct FdCloser {
    int fd;
    bool owned;
    ~FdCloser() {
      if (owned) ::close(fd);
    }
  } closer{fd, !stdin_stream};
  struct stat st {};
  if (::fstat(fd, &st) != 0) return ReadStatus::ReadError;
  if (!stdin_stream) {
    if (!S_ISREG(st.st_mode)) return ReadStatus::NotRegular;
    size = static_cast<uintmax_t>(st.st_size);
    if (size > max_bytes) return ReadStatus::TooLarge;
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    out.reserve(static_cast<size_t>(size));
  }
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      return ReadStatus::ReadError;
    }
    if (n == 0) break;
    size_t room = static_cast<size_t>(max_bytes + 1 - out.size());
    out.append(buf, std::min(static_cast<size_t>(n), room));
    if (out.size() > max_bytes) {
      size = std::max<uintmax_t>(size, out.size());
      out.clear();
      out.shrink_to_fit();
      return ReadStatus::TooLarge;
    }
  }
  size = out.size();
  return ReadStatus::Ok;
}

std::string describe(ReadStatus status, uintmax_t max_bytes) {
  switch (status) {
    case ReadStatus::Ok: return "ok";
    case ReadStatus::CannotOpen: return "cannot open";
    case ReadStatus::NotRegular: return "not a regular file";
    case ReadStatus::TooLarge: return "larger than " + std::to_string(max_bytes) + " bytes";
    case ReadStatus::ReadError: return "read error";
  }
  return "read error";
}

}  // namespace migc
