#include "driver/cli_model.h"

#include <CLI/CLI.hpp>

namespace migc {
namespace {

// "TEXT:{text,json,sarif}" -> "TEXT" and {text, json, sarif}: CLI11 appends
// an IsMember validator's set (and our own validators' descriptions, written
// the same way) to the value's type name.
void splitTypeName(const std::string& full, OptionDoc& doc) {
  size_t colon = full.find(":{");
  doc.value = full.substr(0, colon);
  if (colon == std::string::npos || full.back() != '}') return;
  std::string set = full.substr(colon + 2, full.size() - colon - 3);
  for (size_t pos = 0; pos <= set.size();) {
    size_t comma = std::min(set.find(',', pos), set.size());
    doc.choices.push_back(set.substr(pos, comma - pos));
    pos = comma + 1;
  }
}

}  // namespace

std::vector<CommandDoc> describeCommands(const CLI::App& root) {
  std::vector<CommandDoc> out;
  for (const CLI::App* cmd : root.get_subcommands([](const CLI::App* c) { return !c->get_group().empty(); })) {
    CommandDoc c{cmd->get_name(), cmd->get_description(), {}};
    for (const CLI::Option* o : cmd->get_options()) {
      if (o->get_group().empty()) continue;  // hidden
      OptionDoc doc;
      doc.description = o->get_description();
      if (o->get_positional()) {
        doc.positional = o->get_name(true);
        doc.repeats = o->get_expected_max() > 1;
      } else {
        for (const std::string& s : o->get_snames()) doc.names.push_back("-" + s);
        for (const std::string& l : o->get_lnames()) doc.names.push_back("--" + l);
      }
      if (o->get_type_size_max() > 0) splitTypeName(o->get_type_name(), doc);
      // The value names the commands give (see the add_option calls) say
      // what a shell should offer.
      if (doc.value == "DIR") doc.completion = OptionDoc::Completion::Directory;
      if (doc.value == "FILE" || doc.value == "PATH") doc.completion = OptionDoc::Completion::File;
      c.options.push_back(std::move(doc));
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace migc
