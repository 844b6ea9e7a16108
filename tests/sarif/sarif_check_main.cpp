// sarif_check FILE...: validates SARIF 2.1.0 logs with the structural checker
// in tests/support/sarif_check.h.
// Exit: 0 all valid, 1 violations (printed as FILE: path: message),
// 2 usage error, unreadable file or not JSON.
#include <fstream>
#include <iostream>
#include <sstream>

#include "support/sarif_check.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: sarif_check FILE...\n"
                 "Checks SARIF 2.1.0 logs; exit 0 valid, 1 violations, 2 usage or I/O error.\n";
    return 2;
  }
  int status = 0;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << argv[i] << ": cannot read file\n";
      return 2;
    }
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json log;
    try {
      log = nlohmann::json::parse(text.str());
    } catch (const nlohmann::json::exception& e) {
      std::cerr << argv[i] << ": not JSON: " << e.what() << "\n";
      return 2;
    }
    std::vector<std::string> violations = migc::test::validateSarif(log);
    for (const std::string& v : violations) std::cout << argv[i] << ": " << v << "\n";
    if (!violations.empty()) status = 1;
  }
  return status;
}
