// An ANTLR input stream decoded from UTF-8 by us: invalid bytes become
// diagnostics (ANTLR's own decoder throws on them), and token positions,
// which ANTLR counts in code points, map back to byte offsets.
#pragma once

#include <antlr4-runtime.h>

#include <string_view>
#include <vector>

#include "diag/diagnostic_sink.h"

namespace migc {

class Utf8Stream : public antlr4::ANTLRInputStream {
 public:
  Utf8Stream(std::string_view text, FileId file, DiagnosticSink& diags);

  // Byte offset of the code point at index `cp` (cp may equal size()).
  uint32_t byteOffset(size_t cp) const {
    return ascii_ ? static_cast<uint32_t>(cp) : byte_of_cp_[cp];
  }
  // Byte offsets where an invalid byte was replaced by U+FFFD.
  bool wasInvalidAt(uint32_t byte) const;

 private:
  bool ascii_ = true;
  std::vector<uint32_t> byte_of_cp_;
  std::vector<uint32_t> invalid_bytes_;
};

}  // namespace migc
