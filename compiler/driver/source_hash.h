#pragma once

#include <string>

#include "diag/source_manager.h"

namespace migc {

// SHA-256 over every loaded file's path and text, in load order (hex).
std::string sourceHash(const SourceManager& sm);

}  // namespace migc
