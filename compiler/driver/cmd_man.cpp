// `migc man`: the manual page migc.1 in roff, generated from the command
// definitions (cli_model.h) at build time and installed by the package.
// Hidden from --help: users read the page with `man migc`.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <iostream>

#include "driver/cli_model.h"
#include "driver/commands.h"
#include "driver/version.h"

namespace migc {
namespace {

// Text for roff: backslashes and hyphens escaped, no line starting with a
// control character.
std::string roff(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

std::string synopsis(const CommandDoc& c) {
  std::string out = fmt::format(".B migc {}\n[\\fIoptions\\fR]", c.name);
  for (const OptionDoc& o : c.options)
    if (!o.positional.empty()) out += fmt::format(" [\\fI{}\\fR{}]", roff(o.positional), o.repeats ? "..." : "");
  return out + "\n";
}

std::string manPage(const CLI::App& root) {
  std::string out = fmt::format(
      ".TH MIGC 1 \"\" \"migc {0}\" \"User Commands\"\n"
      ".SH NAME\n"
      "migc \\- compile .mig migration programs to Terraform, CloudFormation and Pulumi YAML\n"
      ".SH SYNOPSIS\n"
      ".B migc\n\\fIcommand\\fR [\\fIoptions\\fR] [\\fIpaths\\fR]\n"
      ".SH DESCRIPTION\n"
      "{1}\n"
      ".PP\n"
      "A program is a .mig file or the .mig files of a folder. Diagnostics name a code "
      "(\\fBmigc explain\\fR \\fICODE\\fR) and point at the source line.\n"
      ".SH COMMANDS\n",
      kMigcVersion, roff(root.get_description()));
  for (const CommandDoc& c : describeCommands(root)) {
    out += fmt::format(".SS {}\n{}.PP\n{}\n", roff(c.name), synopsis(c), roff(c.description));
    for (const OptionDoc& o : c.options) {
      std::string head;
      if (!o.positional.empty()) {
        head = fmt::format("\\fI{}\\fR", roff(o.positional));
      } else {
        for (const std::string& n : o.names) head += (head.empty() ? "" : ", ") + fmt::format("\\fB{}\\fR", roff(n));
        if (!o.value.empty()) head += fmt::format(" \\fI{}\\fR", roff(o.value));
      }
      std::string text = roff(o.description);
      if (!o.choices.empty()) {
        std::string list;
        for (const std::string& v : o.choices) list += (list.empty() ? "" : ", ") + roff(v);
        text += " (one of: " + list + ")";
      }
      out += fmt::format(".TP\n{}\n{}\n", head, text);
    }
  }
  out += fmt::format(
      ".SH EXIT STATUS\n"
      ".TP\n.B 0\nSuccess; warnings and notes alone do not fail.\n"
      ".TP\n.B 1\nDiagnostics with at least one error (with \\fB\\-\\-warnings\\-as\\-errors\\fR, "
      "at least one warning); \\fBbuild\\fR then writes nothing.\n"
      ".TP\n.B 2\nA usage or I/O error: an unknown command or option, a missing path, an unreadable file.\n"
      ".SH ENVIRONMENT\n"
      ".TP\n.B MIGC_STDLIB\nThe standard library folder, when \\fB\\-\\-stdlib\\fR is not given.\n"
      ".TP\n.B NO_COLOR\nWhen set and not empty, text diagnostics are not coloured (\\fB\\-\\-color auto\\fR).\n"
      ".SH FILES\n"
      ".TP\n.I migc.json\nThe project config (policy rules), in the folder checked or the nearest parent.\n"
      ".TP\n.I PREFIX/share/migc/stdlib\nThe standard library: data tables, policy packs, the starter of "
      "\\fBmigc init\\fR.\n"
      ".SH SEE ALSO\n"
      "{0}/cli.md, {0}/language.md, {0}/policies.md\n",
      roff(kMigcDocsUri));
  return out;
}

}  // namespace

void addManCommand(CLI::App& root, int& exit_code) {
  CLI::App* cmd = root.add_subcommand("man", "Print the manual page (roff)");
  cmd->group("");
  cmd->callback([&root, &exit_code] {
    std::cout << manPage(root);
    exit_code = kExitOk;
  });
}

}  // namespace migc
