#include "driver/output_writer.h"

#include <unistd.h>

#include <fstream>

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

}  // namespace

bool writeOutputsAtomically(const fs::path& out_dir, const std::vector<TargetOutput>& outputs, std::string& error) {
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec) {
    error = "cannot create '" + out_dir.string() + "': " + ec.message();
    return false;
  }
  std::string tag = std::to_string(getpid());
  fs::path staging = out_dir / (".migc-staging-" + tag);
  fs::remove_all(staging, ec);
  for (const TargetOutput& t : outputs) {
    for (const model::OutputFile& f : t.files) {
      if (!writeFile(staging / t.target / f.path, f.content, error)) {
        fs::remove_all(staging, ec);
        return false;
      }
    }
  }
  // Swap each target in: the old folder moves aside, the new one takes its
  // place, then the old one is removed.
  for (const TargetOutput& t : outputs) {
    if (t.target.empty()) {
      // Root files are replaced one by one; a file rename is atomic.
      for (const std::string& name : t.owned) {
        bool produced = false;
        for (const model::OutputFile& f : t.files) produced = produced || f.path == name;
        if (!produced) fs::remove(out_dir / name, ec);
      }
      for (const model::OutputFile& f : t.files) {
        fs::rename(staging / f.path, out_dir / f.path, ec);
        if (ec) {
          error = "cannot replace '" + (out_dir / f.path).string() + "': " + ec.message();
          fs::remove_all(staging, ec);
          return false;
        }
      }
      continue;
    }
    fs::path final_dir = out_dir / t.target;
    fs::path old_dir = out_dir / (".migc-old-" + t.target + "-" + tag);
    bool had_old = fs::exists(final_dir, ec);
    if (had_old) fs::rename(final_dir, old_dir, ec);
    if (!ec) fs::rename(staging / t.target, final_dir, ec);
    if (ec) {
      error = "cannot replace '" + final_dir.string() + "': " + ec.message();
      if (had_old && !fs::exists(final_dir)) fs::rename(old_dir, final_dir, ec);
      fs::remove_all(staging, ec);
      return false;
    }
    if (had_old) fs::remove_all(old_dir, ec);
  }
  fs::remove_all(staging, ec);
  return true;
}

}  // namespace migc
