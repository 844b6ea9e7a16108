// The one interface between the compiler and its targets: a backend takes
// the checked IR and returns files. It may report diagnostics (what the
// target cannot express); it never writes to disk.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic_sink.h"
#include "ir/program.h"
#include "model/output_file.h"

namespace migc {

struct BackendOptions {
  bool cloudformation_json = false;
  std::string header;  // a comment naming the generator, version and source hash
  // Params given a value by `migc build --set` (already applied as their
  // defaults); named in the Pulumi note that fixes flags at compile time.
  std::set<std::string> set_params;
};

class Backend {
 public:
  virtual ~Backend() = default;
  virtual std::string_view name() const = 0;  // terraform | cloudformation | pulumi | runbook
  // A backend that writes beside the target folders, at the root of the
  // output directory, names the files it owns there: the driver replaces
  // them and removes the ones a build no longer produces. Empty for the
  // targets, which own their folder.
  virtual std::vector<std::string> rootFiles() const { return {}; }
  virtual model::OutputFiles emit(const ir::Program& program, const BackendOptions& options,
                                  DiagnosticSink& diags) const = 0;
};

// Every backend, in the order outputs are written.
const std::vector<std::unique_ptr<Backend>>& allBackends();

}  // namespace migc
