#pragma once

#include <string>

#include "diag/source_manager.h"

namespace migc {

// SHA-256 over every loaded file's text and its path relative to `root` (the
// folder being compiled), in load order, as hex: the same program gives the
// same hash wherever it is checked out.
std::string sourceHash(const SourceManager& sm, const std::string& root);

// The comment every emitted file starts with: generator, version, program
// and source hash. `migc check` measures templates with a stand-in hash of
// the same length.
std::string generatedHeader(const std::string& program_name, const std::string& source_hash);

// SHA-256 of `bytes`, as lowercase hex.
std::string sha256Hex(std::string_view bytes);

}  // namespace migc
