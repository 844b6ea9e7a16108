// The command line as data, read from the CLI11 definitions themselves, for
// what is generated from it: shell completions (`migc completion`) and the
// man page (`migc man`). One place describes each option, so the generated
// files cannot drift from `--help`.
#pragma once

#include <string>
#include <vector>

namespace CLI { class App; }

namespace migc {

struct OptionDoc {
  std::vector<std::string> names;    // "--format", "-o"; empty for a positional
  std::string positional;            // "paths" for a positional
  std::string description;
  std::string value;                 // the value's name in help ("TEXT"); empty for a flag
  std::vector<std::string> choices;  // the values a validator accepts, when it lists them
  enum class Completion { None, File, Directory } completion = Completion::None;
  bool repeats = false;              // a positional taking several values
};

struct CommandDoc {
  std::string name;
  std::string description;
  std::vector<OptionDoc> options;    // visible ones, including -h/--help
};

// The visible commands and their visible options, in definition order.
std::vector<CommandDoc> describeCommands(const CLI::App& root);

}  // namespace migc
