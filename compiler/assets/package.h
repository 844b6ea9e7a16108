// Code assets packaged once per build, before any backend runs: each
// function's `code` (the path sema resolved and checked) zipped
// deterministically (asset_zip.h). The lowering names the zip and its hash;
// every target writes the same bytes beside its files.
#pragma once

#include <map>
#include <string>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"

namespace migc::assets {

struct Asset {
  std::string path;           // relative to a target's folder: assets/<name>.zip
  std::string zip;            // the archive bytes
  std::string sha256_base64;  // what Terraform's filebase64sha256() gives for it
};

// By the declaring object's name.
using Assets = std::map<std::string, Asset, std::less<>>;

// Packages every code asset of the program; a source that cannot be read is
// reported (MIG2050) and left out.
Assets packageAssets(const ir::Program& program, DiagnosticSink& diags);

// The assets as the templates name them, without reading the sources (no
// zip, no hash): what `migc check` lowers with to measure the templates it
// does not write.
Assets assetPaths(const ir::Program& program);

}  // namespace migc::assets
