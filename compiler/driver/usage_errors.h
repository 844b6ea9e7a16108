// What migc says when its command line is wrong: its own words, a "did you
// mean" for a mistyped command or option, a pointer to the right --help, and
// exit status 2. CLI11's messages are written for the programmer ("A
// subcommand is required", "At Most 1 required but received 2"); they are
// translated here and never shown as they are.
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace migc {

// Looks at the command word before CLI11 parses: CLI11 reports a mistyped
// or missing command only as "A subcommand is required". Rewrites `migc help
// [COMMAND]` to `migc [COMMAND] --help`. Returns false after printing a
// usage error (the caller exits 2).
bool checkCommandWord(const CLI::App& app, std::vector<std::string>& args);

// Prints a CLI11 parse error in migc's words; returns the exit status (2).
int reportParseError(CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args);

}  // namespace migc
