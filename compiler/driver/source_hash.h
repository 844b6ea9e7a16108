#pragma once

#include <string>

#include "diag/source_manager.h"

namespace migc {

// SHA-256 over every loaded file's text and its path relative to `root` (the
// folder being compiled), in load order, as hex: the same program gives the
// same hash wherever it is checked out.
std::string sourceHash(const SourceManager& sm, const std::string& root);

// SHA-256 of `bytes`, as lowercase hex.
std::string sha256Hex(std::string_view bytes);

}  // namespace migc
