// `migc lsp`: a Language Server Protocol 3.17 server over stdio. One thread
// reads messages, keeps the open documents, and answers each request from
// the analysis of the document's program (analysis.h), recomputed when
// documents changed. Diagnostics are published when a document opens, and
// after edits once the client has been quiet for `debounce_ms`.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "lsp/analysis.h"
#include "lsp/protocol.h"
#include "lsp/transport.h"

namespace migc::lsp {

struct ServerOptions {
  LoadOptions load;
  int debounce_ms = 30;
  std::string docs_url;  // base of codeDescription links; empty: the docs/ folder beside the stdlib, if any
};

class Server {
 public:
  Server(Transport& transport, ServerOptions options);
  // Serves until `exit`; returns the process exit status (0 after a
  // shutdown request, 1 otherwise).
  int run();

 private:
  using Clock = std::chrono::steady_clock;
  using Handler = std::function<json(const json& params)>;

  void dispatch(const json& message);
  void respond(const json& id, json result);
  void respondError(const json& id, int code, const std::string& message);
  void notify(const std::string& method, json params);

  json initialize(const json& params);
  void didOpen(const json& params);
  void didChange(const json& params);
  void didClose(const json& params);
  void filesChanged();

  // Diagnostics: schedule a folder's publication, publish what is due.
  void schedule(const std::filesystem::path& root, bool now);
  void publishDue(bool force_all = false);
  void publish(const std::filesystem::path& root);
  int waitMs() const;

  const Analysis& analysisFor(const std::string& path);
  Query query(const json& params, bool with_position);
  void registerHandlers();

  Transport& transport_;
  ServerOptions options_;
  Analyzer analyzer_;
  DocumentStore docs_;
  uint64_t generation_ = 1;
  Encoding encoding_ = Encoding::Utf16;
  bool initialized_ = false;
  bool shutdown_ = false;
  bool exited_ = false;
  std::map<std::string, Handler> requests_;
  std::map<std::filesystem::path, Clock::time_point> due_;  // folders whose diagnostics are pending
  std::map<std::filesystem::path, std::set<std::string>> published_;  // uris with diagnostics shown, per folder
  std::map<std::string, std::string> last_published_;  // uri -> the diagnostics last sent, as JSON text
  std::string docs_base_;
  Document scratch_;  // a file a request names that is not open
};

}  // namespace migc::lsp
