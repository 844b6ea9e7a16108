// EXPECT_PRODUCES(sink, "MIG0008"): the sink holds a diagnostic with that
// code. The diagnostics coverage test counts codes asserted this way.
#pragma once

#include <gtest/gtest.h>

#include "diag/diagnostic_sink.h"

namespace migc::test {

inline bool produces(const DiagnosticSink& sink, std::string_view code) {
  for (const Diagnostic& d : sink.diagnostics())
    if (d.code() == code) return true;
  return false;
}

}  // namespace migc::test

#define EXPECT_PRODUCES(sink, code) \
  EXPECT_TRUE(::migc::test::produces((sink), (code))) << "expected a " << (code) << " diagnostic"
