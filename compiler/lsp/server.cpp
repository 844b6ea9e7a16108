#include "lsp/server.h"

#include <fstream>
#include <iterator>

#include "checks/stdlib_data.h"
#include "driver/version.h"
#include "lsp/features.h"

namespace migc::lsp {
namespace fs = std::filesystem;

namespace {

const std::string& stringAt(const json& params, const char* object, const char* key) {
  static const std::string empty;
  if (!params.is_object() || !params.contains(object) || !params[object].is_object()) return empty;
  const json& o = params[object];
  return o.contains(key) && o[key].is_string() ? o[key].get_ref<const std::string&>() : empty;
}

// Where codeDescription links point: docs/ next to the stdlib folder of a
// source tree (the installed layout ships no docs).
std::string defaultDocsBase(const LoadOptions& load) {
  std::string error;
  fs::path stdlib = checks::findStdlib(nullptr, load.stdlib_dir, error);
  if (stdlib.empty()) return {};
  fs::path docs = stdlib.parent_path() / "docs";
  std::error_code ec;
  fs::path canonical = fs::canonical(docs, ec);
  if (ec || !fs::exists(canonical / "diagnostics.md", ec)) return {};
  return pathToUri(canonical.string()) + "/";
}

}  // namespace

Server::Server(Transport& transport, ServerOptions options)
    : transport_(transport), options_(std::move(options)), analyzer_(options_.load) {
  docs_base_ = options_.docs_url.empty() ? defaultDocsBase(options_.load) : options_.docs_url;
  if (!docs_base_.empty() && docs_base_.back() != '/') docs_base_ += '/';
  registerHandlers();
}

int Server::run() {
  while (!exited_) {
    json message;
    std::string error;
    Transport::Status status = transport_.read(message, error, waitMs());
    if (status == Transport::Status::Closed) return 1;  // the client went away without `exit`
    if (status == Transport::Status::Timeout) {
      publishDue();
      continue;
    }
    if (!error.empty()) {
      respondError(nullptr, errors::kParseError, error);
      continue;
    }
    dispatch(message);
    // Edits that arrived together are analysed once, after the last.
    if (!transport_.hasBufferedMessage()) publishDue();
  }
  return shutdown_ ? 0 : 1;
}

int Server::waitMs() const {
  if (due_.empty()) return -1;
  auto next = std::min_element(due_.begin(), due_.end(), [](auto& a, auto& b) { return a.second < b.second; })->second;
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(next - Clock::now()).count();
  return static_cast<int>(std::max<int64_t>(0, ms));
}

void Server::dispatch(const json& message) {
  if (!message.is_object() || !message.contains("method") || !message["method"].is_string()) {
    if (message.is_object() && message.contains("id") && !message.contains("method")) return;  // a response to us
    respondError(message.is_object() && message.contains("id") ? message["id"] : json(), errors::kInvalidRequest,
                 "not a JSON-RPC request or notification");
    return;
  }
  const std::string& method = message["method"].get_ref<const std::string&>();
  const json params = message.contains("params") ? message["params"] : json::object();
  bool is_request = message.contains("id");
  json id = is_request ? message["id"] : json();
  try {
    if (method == "exit") {
      exited_ = true;
      return;
    }
    if (!initialized_ && method != "initialize") {
      if (is_request) respondError(id, errors::kServerNotInitialized, "the server is not initialized");
      return;
    }
    if (shutdown_ && is_request) {
      respondError(id, errors::kInvalidRequest, "the server is shutting down");
      return;
    }
    if (!is_request) {
      if (method == "textDocument/didOpen") didOpen(params);
      else if (method == "textDocument/didChange") didChange(params);
      else if (method == "textDocument/didClose") didClose(params);
      else if (method == "textDocument/didSave" || method == "workspace/didChangeWatchedFiles") filesChanged();
      return;  // others ($/cancelRequest, initialized, ...) need nothing
    }
    auto it = requests_.find(method);
    if (it == requests_.end()) {
      respondError(id, errors::kMethodNotFound, "unsupported method: " + method);
      return;
    }
    respond(id, it->second(params));
  } catch (const RequestError& e) {
    if (is_request) respondError(id, e.code, e.message);
  } catch (const std::exception& e) {
    // A bug in a feature must not take the server (and the editor's
    // diagnostics) down: the request fails, the server goes on.
    if (is_request) respondError(id, errors::kInternalError, std::string("internal error: ") + e.what());
  }
}

void Server::respond(const json& id, json result) {
  transport_.write({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void Server::respondError(const json& id, int code, const std::string& message) {
  transport_.write({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void Server::notify(const std::string& method, json params) {
  transport_.write({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}});
}

json Server::initialize(const json& params) {
  initialized_ = true;
  // UTF-8 positions when the client offers them (no conversion); UTF-16 otherwise.
  std::string encoding = "utf-16";
  if (params.contains("capabilities") && params["capabilities"].contains("general")) {
    const json& general = params["capabilities"]["general"];
    if (general.contains("positionEncodings") && general["positionEncodings"].is_array())
      for (const json& e : general["positionEncodings"])
        if (e == "utf-8") encoding = "utf-8";
  }
  encoding_ = encoding == "utf-8" ? Encoding::Utf8 : Encoding::Utf16;
  if (params.contains("initializationOptions") && params["initializationOptions"].is_object()) {
    const json& o = params["initializationOptions"];
    if (o.contains("debounceMs") && o["debounceMs"].is_number_integer())
      options_.debounce_ms = std::clamp(o["debounceMs"].get<int>(), 0, 10000);
    if (o.contains("docsUrl") && o["docsUrl"].is_string() && !o["docsUrl"].get<std::string>().empty()) {
      docs_base_ = o["docsUrl"].get<std::string>();
      if (docs_base_.back() != '/') docs_base_ += '/';
    }
  }
  json triggers = json::array({".", "\"", "=", "@", "("});
  return {{"capabilities",
           {{"positionEncoding", encoding},
            {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", true}}},
            {"hoverProvider", true},
            {"definitionProvider", true},
            {"referencesProvider", true},
            {"documentHighlightProvider", true},
            {"renameProvider", {{"prepareProvider", true}}},
            {"completionProvider", {{"triggerCharacters", triggers}, {"resolveProvider", false}}},
            {"documentSymbolProvider", true},
            {"workspaceSymbolProvider", true},
            {"foldingRangeProvider", true},
            {"semanticTokensProvider", {{"legend", semanticTokensLegend()}, {"full", true}, {"range", false}}},
            {"documentFormattingProvider", true},
            {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}}}},
          {"serverInfo", {{"name", "migc"}, {"version", std::string(kMigcVersion)}}}};
}

void Server::didOpen(const json& params) {
  const std::string& uri = stringAt(params, "textDocument", "uri");
  const std::string& text = stringAt(params, "textDocument", "text");
  int64_t version = params["textDocument"].value("version", int64_t{0});
  const Document& d = docs_.open(uri, text, version);
  ++generation_;
  if (!d.path.empty()) schedule(analyzer_.rootOf(d.path), true);
}

void Server::didChange(const json& params) {
  const std::string& uri = stringAt(params, "textDocument", "uri");
  int64_t version = params["textDocument"].value("version", int64_t{0});
  if (!params.contains("contentChanges") || !docs_.change(uri, params["contentChanges"], version, encoding_))
    return;  // a change to a document that is not open: nothing to apply it to
  ++generation_;
  if (const Document* d = docs_.find(uri); d && !d->path.empty()) schedule(analyzer_.rootOf(d->path), false);
}

void Server::didClose(const json& params) {
  const std::string& uri = stringAt(params, "textDocument", "uri");
  const Document* d = docs_.find(uri);
  std::string path = d ? d->path : std::string();
  docs_.close(uri);
  ++generation_;
  // The file now reads from disk; what it says there may differ.
  if (!path.empty()) schedule(analyzer_.rootOf(path), false);
}

void Server::filesChanged() {
  // Saved or changed on disk: any folder may see the change through an import.
  ++generation_;
  for (const Analysis* a : analyzer_.all()) schedule(a->root, false);
}

void Server::schedule(const fs::path& root, bool now) {
  auto when = now ? Clock::now() : Clock::now() + std::chrono::milliseconds(options_.debounce_ms);
  auto [it, inserted] = due_.emplace(root, when);
  if (!inserted) it->second = now ? std::min(it->second, when) : when;
}

void Server::publishDue(bool force_all) {
  auto now = Clock::now();
  for (auto it = due_.begin(); it != due_.end();) {
    if (force_all || it->second <= now) {
      fs::path root = it->first;
      it = due_.erase(it);
      try {
        publish(root);
      } catch (const std::exception& e) {  // a bug: report it, keep serving
        notify("window/logMessage", {{"type", 1}, {"message", std::string("migc: internal error: ") + e.what()}});
      }
    } else {
      ++it;
    }
  }
}

void Server::publish(const fs::path& root) {
  const Analysis& a = analyzer_.analyze(root, docs_, generation_);
  std::set<std::string> shown;
  for (size_t i = 0; i < a.ws.files.size(); ++i) {
    FileId f = a.ws.files[i];
    std::string uri = pathToUri(a.paths[i]);
    Query q{a, f, &a.ws.asts[i], a.textOf(f), uri, 0, encoding_};
    json diagnostics = diagnosticsOf(q, docs_base_);
    if (!diagnostics.empty()) shown.insert(uri);
    // An open document always gets its version's diagnostics; another file
    // only when its diagnostics changed (most edits change one file's).
    const Document* doc = docs_.find(uri);
    std::string key = diagnostics.dump(-1, ' ', false, json::error_handler_t::replace);
    std::string& last = last_published_[uri];
    if (!doc && last == key) continue;
    last = std::move(key);
    json params{{"uri", uri}, {"diagnostics", std::move(diagnostics)}};
    if (doc) params["version"] = doc->version;
    notify("textDocument/publishDiagnostics", std::move(params));
  }
  // Files of this folder's program whose diagnostics sit elsewhere (migc.json).
  for (const Diagnostic& d : a.ws.diags.diagnostics()) {
    if (!d.range.file.valid() || a.astOf(d.range.file)) continue;
    std::string uri = a.uriOf(d.range.file);
    if (shown.count(uri)) continue;
    Query q{a, d.range.file, nullptr, a.textOf(d.range.file), uri, 0, encoding_};
    notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", diagnosticsOf(q, docs_base_)}});
    shown.insert(uri);
  }
  if (!a.error.empty()) notify("window/showMessage", {{"type", 1}, {"message", "migc: " + a.error}});
  // Files that had diagnostics and are no longer part of the program.
  for (const std::string& uri : published_[root])
    if (!shown.count(uri) && a.fileIndex(uriToPath(uri)) < 0) {
      notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
      last_published_.erase(uri);
    }
  published_[root] = std::move(shown);
}

const Analysis& Server::analysisFor(const std::string& path) {
  return analyzer_.analyze(analyzer_.rootOf(path), docs_, generation_);
}

Query Server::query(const json& params, bool with_position) {
  const std::string& uri = stringAt(params, "textDocument", "uri");
  const Document* doc = docs_.find(uri);
  if (!doc) {
    // Not open: the file on disk, if it is one.
    std::string path = uriToPath(uri);
    std::ifstream in(path, std::ios::binary);
    if (path.empty() || !in) throw RequestError{errors::kInvalidParams, "unknown document: " + uri};
    scratch_.uri = uri;
    scratch_.path = path;
    scratch_.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    scratch_.lines = LineIndex(scratch_.text);
    doc = &scratch_;
  }
  if (doc->path.empty()) throw RequestError{errors::kInvalidParams, "only file: documents are supported: " + uri};
  const Analysis& a = analysisFor(doc->path);
  // Diagnostics of a folder analysed for this request are current: publish them now.
  if (auto due = due_.find(a.root); due != due_.end()) {
    due_.erase(due);
    publish(a.root);
  }
  FileId file = a.fileId(doc->path);
  Query q{a, file, file.valid() ? a.astOf(file) : nullptr, doc->text, uri, 0, encoding_};
  if (with_position) q.offset = offsetOf(*doc, params.contains("position") ? params["position"] : json(), encoding_);
  if (!file.valid()) throw RequestError{errors::kRequestFailed, "the document is not part of a program migc can load"};
  return q;
}

void Server::registerHandlers() {
  requests_["initialize"] = [this](const json& p) { return initialize(p); };
  requests_["shutdown"] = [this](const json&) {
    shutdown_ = true;
    return json();
  };
  requests_["textDocument/hover"] = [this](const json& p) { return hover(query(p, true)); };
  requests_["textDocument/definition"] = [this](const json& p) { return definition(query(p, true)); };
  requests_["textDocument/references"] = [this](const json& p) {
    bool decl = p.contains("context") && p["context"].value("includeDeclaration", false);
    return references(query(p, true), decl);
  };
  requests_["textDocument/documentHighlight"] = [this](const json& p) { return documentHighlight(query(p, true)); };
  requests_["textDocument/prepareRename"] = [this](const json& p) { return prepareRename(query(p, true)); };
  requests_["textDocument/rename"] = [this](const json& p) {
    if (!p.contains("newName") || !p["newName"].is_string())
      throw RequestError{errors::kInvalidParams, "rename needs newName"};
    return rename(query(p, true), p["newName"].get<std::string>());
  };
  requests_["textDocument/completion"] = [this](const json& p) { return completion(query(p, true)); };
  requests_["textDocument/documentSymbol"] = [this](const json& p) { return documentSymbols(query(p, false)); };
  requests_["workspace/symbol"] = [this](const json& p) {
    return workspaceSymbols(analyzer_.all(), p.value("query", std::string()), encoding_);
  };
  requests_["textDocument/foldingRange"] = [this](const json& p) { return foldingRanges(query(p, false)); };
  requests_["textDocument/semanticTokens/full"] = [this](const json& p) { return semanticTokens(query(p, false)); };
  requests_["textDocument/formatting"] = [this](const json& p) { return formatting(query(p, false)); };
  requests_["textDocument/codeAction"] = [this](const json& p) {
    Query q = query(p, false);
    const Document* doc = docs_.find(q.uri);
    const json& r = p.contains("range") ? p["range"] : json();
    if (!doc || !r.is_object()) throw RequestError{errors::kInvalidParams, "codeAction needs an open document and a range"};
    uint32_t begin = offsetOf(*doc, r.contains("start") ? r["start"] : json(), encoding_);
    uint32_t end = offsetOf(*doc, r.contains("end") ? r["end"] : json(), encoding_);
    return codeActions(q, begin, std::max(begin, end));
  };
}

}  // namespace migc::lsp
