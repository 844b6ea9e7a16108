// Expected diagnostics written in a .mig test file, next to the line they
// are about:
//   readers = = 2        // expect-error[MIG0001]: expected an expression
//   // expect-error@+1[MIG0002]: unterminated      (about the next line)
//   // expect-warning@-1[MIG2001]: deprecated      (about the previous line)
//   // expect-note@+2: opened here                 (a note's location)
// Every error and warning migc reports must be expected, and every
// expectation must be met; notes are checked where expected.
#pragma once

#include <string>
#include <vector>

#include "driver/workspace.h"

namespace migc::test {

struct Expectation {
  std::string severity;  // error | warning | note
  std::string code;      // empty for notes
  uint32_t line = 0;
  std::string message;   // a substring of the message
  uint32_t written_on = 0;
};

std::vector<Expectation> parseExpectations(std::string_view text);

// Problems found comparing; empty when the file behaves as written.
std::vector<std::string> compareExpectations(const Workspace& ws);

}  // namespace migc::test
