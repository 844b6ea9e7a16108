#include "driver/usage_errors.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>
#include <regex>

#include "driver/commands.h"
#include "syntax/literals.h"

namespace migc {
namespace {

std::vector<const CLI::App*> commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App*) { return true; });
}

const CLI::App* findCommand(const CLI::App& app, std::string_view name) {
  for (const CLI::App* c : commands(app))
    if (c->get_name() == name) return c;
  return nullptr;
}

void printCommandList(const CLI::App& app) {
  std::cerr << "Commands:\n";
  for (const CLI::App* c : commands(app))
    if (!c->get_group().empty()) std::cerr << fmt::format("  {:<11} {}\n", c->get_name(), c->get_description());
}

std::string hint(const std::string& suggestion) {
  return suggestion.empty() ? "" : fmt::format("; did you mean '{}'?", suggestion);
}

// Every spelling of every option of a command: "--format", "-o", "--out".
std::vector<std::string> optionSpellings(const CLI::App& cmd) {
  std::vector<std::string> out;
  for (const CLI::Option* o : cmd.get_options()) {
    if (o->get_group().empty()) continue;  // hidden
    for (const std::string& l : o->get_lnames()) out.push_back("--" + l);
    for (const std::string& s : o->get_snames()) out.push_back("-" + s);
  }
  return out;
}

std::string closestOption(const CLI::App& cmd, std::string_view written) {
  std::string_view name = written.substr(0, written.find('='));
  NameSuggester suggest(name);
  for (const std::string& o : optionSpellings(cmd))
    if (o.size() > 2) suggest.consider(o);  // a one-letter option is no suggestion for a long one
  return suggest.best();
}

const CLI::App* commandIn(const CLI::App& app, const std::vector<std::string>& args) {
  for (const std::string& a : args)
    if (!a.starts_with("-")) return findCommand(app, a);
  return nullptr;
}

// The value CLI11 expects, in words, from the option's type name.
std::string expectedValue(const CLI::Option* opt) {
  std::string type = opt ? opt->get_type_name() : "";
  if (type == "UINT") return "a whole number, 0 or more";
  if (type == "INT") return "a whole number";
  if (type == "FLOAT") return "a number";
  return "a value";
}

void printError(const std::string& message, const CLI::App* cmd) {
  printToolError(message);
  if (cmd)
    std::cerr << fmt::format("Run 'migc {} --help' for its options.\n", cmd->get_name());
  else
    std::cerr << "Run 'migc --help' for the commands.\n";
}

// The first argument a command did not expect, in migc's words.
std::string extraArgument(const CLI::App& cmd, const std::string& arg) {
  if (arg.starts_with("-") && arg != "-")
    return fmt::format("unknown option '{}' for 'migc {}'{}", arg, cmd.get_name(), hint(closestOption(cmd, arg)));
  bool takes_paths = false;
  for (const CLI::Option* o : cmd.get_options())
    takes_paths |= o->get_positional();
  if (!takes_paths) return fmt::format("'migc {}' takes no argument, but was given '{}'", cmd.get_name(), arg);
  return fmt::format("unexpected argument '{}': 'migc {}' takes one path", arg, cmd.get_name());
}

// The option a value was given to, from the command line, for messages
// whose option name CLI11 left out ("-Wall": "-W").
std::string optionOfValue(const std::vector<std::string>& args, const std::string& value) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == value && i > 0 && args[i - 1].starts_with("-")) return args[i - 1];
    if (args[i].starts_with("-") && args[i].size() > value.size() && args[i].ends_with(value))
      return args[i].substr(0, args[i].size() - value.size());
  }
  return "";
}

}  // namespace

bool checkCommandWord(const CLI::App& app, std::vector<std::string>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--help" || a == "-h" || a == "--version") return true;
    if (a.starts_with("-")) {
      printError(fmt::format("unknown option '{}': write the command first (migc <command> [options])", a),
                 nullptr);
      return false;
    }
    if (a == "help") {
      // `migc help` and `migc help COMMAND` are --help in other words.
      std::vector<std::string> rewritten;
      if (i + 1 < args.size()) rewritten.push_back(args[i + 1]);
      rewritten.push_back("--help");
      args = rewritten;
      return checkCommandWord(app, args);
    }
    if (findCommand(app, a)) return true;
    NameSuggester suggest(a);
    for (const CLI::App* c : commands(app)) suggest.consider(c->get_name());
    printError(fmt::format("unknown command '{}'{}", a, hint(suggest.best())), nullptr);
    return false;
  }
  printToolError("no command given");
  printCommandList(app);
  std::cerr << "Run 'migc --help' for more.\n";
  return false;
}

int reportParseError(CLI::App& app, const CLI::ParseError& e, const std::vector<std::string>& args) {
  const CLI::App* cmd = commandIn(app, args);
  std::string what = e.what();
  std::smatch m;
  std::string message;
  // By type: CLI11 sets an ExtrasError's name to the command's.
  if (dynamic_cast<const CLI::ExtrasError*>(&e) && cmd) {
    std::vector<std::string> extra = cmd->remaining();
    message = extra.empty() ? "unexpected argument" : extraArgument(*cmd, extra.front());
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) &&
             std::regex_match(what, m, std::regex(R"((\S+): At Most \d+ required but received \d+)"))) {
    message = fmt::format("{} may be given only once", m[1].str());
  } else if (dynamic_cast<const CLI::ArgumentMismatch*>(&e) &&
             std::regex_match(what, m, std::regex(R"((\S+): \d+ required \S* missing)"))) {
    message = fmt::format("{} needs a value", m[1].str());
  } else if (dynamic_cast<const CLI::ConversionError*>(&e) &&
             std::regex_match(what, m, std::regex(R"(Could not convert: (\S+) = (.*))"))) {
    const CLI::Option* opt = cmd ? cmd->get_option_no_throw(m[1].str()) : nullptr;
    message = fmt::format("{}: '{}' is not {}", m[1].str(), m[2].str(), expectedValue(opt));
  } else if (dynamic_cast<const CLI::ValidationError*>(&e) &&
             std::regex_match(what, m, std::regex(R"((\S*): (.*) not in \{(.*)\})"))) {
    std::string name = m[1].str().empty() ? optionOfValue(args, m[2].str()) : m[1].str();
    std::string allowed = std::regex_replace(m[3].str(), std::regex(","), ", ");
    message = fmt::format("{}{}'{}' is not one of {}", name, name.empty() ? "" : ": ", m[2].str(), allowed);
  } else if (dynamic_cast<const CLI::ValidationError*>(&e)) {
    message = what;  // our own validators' messages, "--target: unknown target ..."
  } else if (dynamic_cast<const CLI::RequiredError*>(&e) && std::regex_match(what, m, std::regex(R"((\S+) is required)"))) {
    message = fmt::format("missing {}", m[1].str());
  } else if (dynamic_cast<const CLI::ExcludesError*>(&e) &&
             std::regex_match(what, m, std::regex(R"((\S+) excludes (\S+))"))) {
    message = fmt::format("{} and {} cannot be used together", m[1].str(), m[2].str());
  } else {
    message = "invalid command line: " + what;
  }
  printError(message, cmd);
  return kExitUsage;
}

}  // namespace migc
