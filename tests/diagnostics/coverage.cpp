// Fails when a code in diagnostic_kinds.def appears in no test: neither as
// an expect-...[CODE] in a .mig case (which the runner proves is produced)
// nor in an EXPECT_PRODUCES(..., "CODE") of a unit test (which asserts it),
// nor as a policy rule in compiler/policy/rules.def with a failing example
// (which tests/unit/policy_rules_test.cpp proves produces the code).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <regex>
#include <set>
#include <sstream>

#include "diag/diagnostic_kind.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::set<std::string> covered;
  // A note with a code is expected like an error (expect-note[MIGxxxx]), and
  // an expected note that is not produced fails its case as well.
  const std::regex mig_re(R"(expect-(?:error|warning|note)(?:@[+-]\d+)?\[(MIG\d{4})\])");
  const std::regex unit_re(R"(EXPECT_PRODUCES\([^;]*"(MIG\d{4})\")");
  const std::regex rule_re(R"(MIG_RULE\((\w+), "[^"]*", "[^"]*", (?:true|false),\s*R")");
  for (int i = 1; i < argc; ++i) {
    if (fs::path(argv[i]).filename() == "rules.def") {
      std::ifstream in(argv[i]);
      std::stringstream ss;
      ss << in.rdbuf();
      std::string text = ss.str();
      for (std::sregex_iterator it(text.begin(), text.end(), rule_re), end; it != end; ++it)
        for (const migc::DiagInfo& info : migc::allDiagInfos())
          if (info.name == (*it)[1].str()) covered.insert(std::string(info.code));
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(argv[i])) {
      if (!entry.is_regular_file()) continue;
      auto ext = entry.path().extension();
      if (ext != ".mig" && ext != ".cpp") continue;
      std::ifstream in(entry.path());
      std::stringstream ss;
      ss << in.rdbuf();
      std::string text = ss.str();
      const std::regex& re = ext == ".mig" ? mig_re : unit_re;
      for (std::sregex_iterator it(text.begin(), text.end(), re), end; it != end; ++it)
        covered.insert((*it)[1]);
    }
  }
  int missing = 0;
  for (const migc::DiagInfo& info : migc::allDiagInfos()) {
    if (!covered.count(std::string(info.code))) {
      std::cerr << "diagnostic " << info.code << " (" << info.name << ") is produced by no test\n";
      ++missing;
    }
  }
  std::cout << covered.size() << " codes covered, " << missing << " missing\n";
  return missing ? 1 : 0;
}
