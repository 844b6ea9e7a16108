// MIG1050: `migc fmt --check --format json|sarif` reports each file that
// would change as a diagnostic at its first line that changes (stdout holds
// the machine format, so the path list cannot go there).
#include <gtest/gtest.h>

#include "format/formatter.h"
#include "support/produces.h"

namespace migc {
namespace {

TEST(FmtCheck, ReportsTheFirstLineThatChanges) {
  SourceManager sm;
  FileId f = sm.add("a.mig", "let a = 1\nlet  b = 2\nlet c = 3\n");
  DiagnosticSink sink;
  EXPECT_TRUE(reportIfNotCanonical(sm, f, formatSource(sm.text(f)), sink));
  EXPECT_PRODUCES(sink, "MIG1050");
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  const Diagnostic& d = sink.diagnostics()[0];
  EXPECT_EQ(d.severity, Severity::Warning);
  EXPECT_EQ(sm.lineCol(f, d.range.begin).line, 2u);
  EXPECT_EQ(sm.lineCol(f, d.range.begin).column, 1u);
  EXPECT_EQ(d.range.end - d.range.begin, 10u);  // the whole line "let  b = 2"
}

TEST(FmtCheck, CanonicalFileIsNotReported) {
  SourceManager sm;
  FileId f = sm.add("a.mig", "let a = 1\n");
  DiagnosticSink sink;
  EXPECT_FALSE(reportIfNotCanonical(sm, f, formatSource(sm.text(f)), sink));
  EXPECT_TRUE(sink.diagnostics().empty());
}

}  // namespace
}  // namespace migc
