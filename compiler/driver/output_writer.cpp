#include "driver/output_writer.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <set>

namespace migc {
namespace fs = std::filesystem;

namespace {

bool writeFile(const fs::path& path, const std::string& content, std::string& error) {
  std::error_code ec;
  fs::create_directories(path.parent_path(), ec);
  if (ec) {
    error = "cannot create '" + path.parent_path().string() + "': " + ec.message();
    return false;
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) {
    error = "cannot write '" + path.string() + "'";
    return false;
  }
  return true;
}

bool writeAll(const fs::path& root, const std::vector<TargetOutput>& outputs, std::string& error) {
  for (const TargetOutput& t : outputs)
    for (const model::OutputFile& f : t.files)
      if (!writeFile(root / t.target / f.path, f.content, error)) return false;
  return true;
}

// An exclusive lock on the folder holding the out dir, held for the whole
// switch: concurrent builds into one out dir take turns, so the last one to
// finish wins whole. The out dir itself cannot carry the lock (it is
// replaced), and a lock file would be left behind in the user's folder.
class Lock {
 public:
  bool take(const fs::path& dir) {
    fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) return false;
    while (::flock(fd_, LOCK_EX) != 0)
      if (errno != EINTR) return false;
    return true;
  }
  ~Lock() {
    if (fd_ >= 0) ::close(fd_);
  }

 private:
  int fd_ = -1;
};

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// Leftovers of a build that was killed: under the lock no other build is
// working here, so every staging or old folder is stale.
void removeLeftovers(const fs::path& dir, const std::string& prefix) {
  std::error_code ec;
  std::vector<fs::path> stale;
  for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (startsWith(name, prefix + ".migc-staging-") || startsWith(name, prefix + ".migc-old-")) stale.push_back(it->path());
  }
  for (const fs::path& p : stale) fs::remove_all(p, ec);
}

// What this build writes at the top of the out dir: target folders and
// root files, and the root files it owns but no longer produces.
std::set<std::string> replacedNames(const std::vector<TargetOutput>& outputs) {
  std::set<std::string> names;
  for (const TargetOutput& t : outputs) {
    if (!t.target.empty()) {
      names.insert(t.target);
      continue;
    }
    for (const model::OutputFile& f : t.files) names.insert(fs::path(f.path).begin()->string());
    for (const std::string& owned : t.owned) names.insert(owned);
  }
  return names;
}

// Recreates `from` under `to` with hard links (a copy where a link is
// refused): the new tree keeps what this build does not replace. `budget`
// counts entries down; at 0 the tree is too large to carry over this way.
bool linkTree(const fs::path& from, const fs::path& to, size_t& budget, std::string& error) {
  std::error_code ec;
  if (budget == 0) return false;
  --budget;
  fs::file_status st = fs::symlink_status(from, ec);
  if (ec) return true;  // vanished meanwhile: nothing to keep
  if (fs::is_symlink(st)) {
    fs::copy_symlink(from, to, ec);
  } else if (fs::is_directory(st)) {
    fs::create_directory(to, from, ec);
    for (auto it = fs::directory_iterator(from, ec); !ec && it != fs::directory_iterator(); it.increment(ec))
      if (!linkTree(it->path(), to / it->path().filename(), budget, error)) return false;
  } else {
    fs::create_hard_link(from, to, ec);
    if (ec) {
      ec.clear();
      fs::copy_file(from, to, ec);
    }
  }
  if (ec) {
    error = "cannot keep '" + from.string() + "' in the new output: " + ec.message();
    return false;
  }
  return true;
}

// Past this many files and folders kept from the old out dir, carrying
// them over by hard links is not worth it: the targets are switched instead.
constexpr size_t kMaxCarriedEntries = 10'000;

// The whole out dir is switched with one rename: the new tree is built
// beside it (what this build does not replace is hard-linked in), then
// exchanged with it (renameat2 RENAME_EXCHANGE). A reader sees the old tree
// or the new one, never a mix, even if migc is killed at any point.
// Returns 1 done, 0 failed (error set), -1 not possible here (the caller
// falls back to switching each target with roll-back).
int switchWholeDir(const fs::path& out_dir, const std::vector<TargetOutput>& outputs, std::string& error) {
  std::error_code ec;
  // Not a folder that holds the user's work: the current folder (or one
  // above it) or a repository; those only get their targets switched.
  fs::path cwd = fs::current_path(ec);
  auto rel = cwd.lexically_relative(out_dir);
  if (ec || (!rel.empty() && *rel.begin() != "..") || fs::exists(out_dir / ".git", ec)) return -1;
  fs::path parent = out_dir.parent_path();
  std::string name = out_dir.filename().string();
  fs::path staging = parent / ("." + name + ".migc-staging-" + std::to_string(getpid()));
  removeLeftovers(parent, "." + name);
  bool exists = fs::exists(out_dir, ec);
  if (!fs::create_directory(staging, ec) || ec) return -1;
  auto fail = [&](int status) {
    fs::remove_all(staging, ec);
    return status;
  };
  if (exists) {
    removeLeftovers(out_dir, "");
    std::set<std::string> replaced = replacedNames(outputs);
    size_t budget = kMaxCarriedEntries;
    for (auto it = fs::directory_iterator(out_dir, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::string entry = it->path().filename().string();
      if (replaced.count(entry)) continue;
      if (!linkTree(it->path(), staging / entry, budget, error)) return fail(budget == 0 ? -1 : 0);
    }
    if (ec) {
      error = "cannot read '" + out_dir.string() + "': " + ec.message();
      return fail(0);
    }
    struct stat st {};
    if (::stat(out_dir.c_str(), &st) == 0) ::chmod(staging.c_str(), st.st_mode & 07777);
  }
  if (!writeAll(staging, outputs, error)) return fail(0);
  if (!exists) {
    if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out_dir.c_str(), RENAME_NOREPLACE) == 0) return 1;
  } else if (::renameat2(AT_FDCWD, staging.c_str(), AT_FDCWD, out_dir.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(staging, ec);  // now the old tree
    return 1;
  }
  return fail(-1);  // no exchange on this file system, a mount point, ...
}

// One step of the per-target switch, undone in reverse on failure.
struct Move {
  fs::path from, to;
};

// The fallback: targets (and root files) are swapped one at a time; the
// first failure undoes every swap already made, so the out dir is as it was.
bool switchTargets(const fs::path& out_dir, const std::vector<TargetOutput>& outputs, std::string& error) {
  std::error_code ec;
  std::string tag = std::to_string(getpid());
  fs::path staging = out_dir / (".migc-staging-" + tag);
  fs::path old = out_dir / (".migc-old-" + tag);
  fs::remove_all(staging, ec);
  if (!writeAll(staging, outputs, error)) {
    fs::remove_all(staging, ec);
    return false;
  }
  fs::create_directory(old, ec);
  std::vector<Move> done;
  auto move = [&](const fs::path& from, const fs::path& to) {
    if (::rename(from.c_str(), to.c_str()) != 0) {
      error = "cannot replace '" + to.string() + "': " + std::strerror(errno);
      return false;
    }
    done.push_back({from, to});
    return true;
  };
  bool ok = true;
  for (const std::string& entry : replacedNames(outputs)) {
    fs::path final_path = out_dir / entry;
    if (fs::exists(fs::symlink_status(final_path, ec)) && !move(final_path, old / entry)) {
      ok = false;
      break;
    }
    if (fs::exists(staging / entry, ec) && !move(staging / entry, final_path)) {
      ok = false;
      break;
    }
  }
  bool restored = true;
  if (!ok)
    for (auto it = done.rbegin(); it != done.rend(); ++it)
      restored = ::rename(it->to.c_str(), it->from.c_str()) == 0 && restored;
  fs::remove_all(staging, ec);
  // What could not be put back stays in the old folder rather than being lost.
  if (restored) fs::remove_all(old, ec);
  else error += "; the previous outputs that could not be restored are in '" + old.string() + "'";
  return ok;
}

}  // namespace

bool writeOutputsAtomically(const fs::path& out_dir_arg, const std::vector<TargetOutput>& outputs, std::string& error) {
  std::error_code ec;
  // An out dir reached through a symlink is written where the link points;
  // the link stays.
  fs::path out_dir = fs::absolute(out_dir_arg, ec).lexically_normal();
  if (out_dir.filename().empty()) out_dir = out_dir.parent_path();
  if (fs::symlink_status(out_dir, ec).type() == fs::file_type::symlink) {
    out_dir = fs::canonical(out_dir, ec);
    if (ec) {
      error = "cannot resolve '" + out_dir_arg.string() + "': " + ec.message();
      return false;
    }
  }
  ec.clear();
  fs::file_status st = fs::status(out_dir, ec);
  if (fs::exists(st) && !fs::is_directory(st)) {
    error = "cannot create '" + out_dir_arg.string() + "': it exists and is not a folder";
    return false;
  }
  fs::create_directories(out_dir.parent_path(), ec);
  if (ec) {
    error = "cannot create '" + out_dir.parent_path().string() + "': " + ec.message();
    return false;
  }
  Lock lock;
  if (!lock.take(out_dir.parent_path())) {
    error = "cannot lock '" + out_dir.parent_path().string() + "': " + std::strerror(errno);
    return false;
  }
  int whole = switchWholeDir(out_dir, outputs, error);
  if (whole >= 0) return whole == 1;
  // The whole-folder switch is not possible here (the parent is not
  // writable, no RENAME_EXCHANGE, a mount point, the user's own folder).
  fs::create_directories(out_dir, ec);
  if (ec) {
    error = "cannot create '" + out_dir_arg.string() + "': " + ec.message();
    return false;
  }
  removeLeftovers(out_dir, "");
  return switchTargets(out_dir, outputs, error);
}

}  // namespace migc
