// JSON-RPC 2.0 messages framed as the Language Server Protocol frames them
// ("Content-Length: N\r\n\r\n" + N bytes of JSON), over two file
// descriptors. Reading can wait with a timeout, which is how the server
// debounces diagnostics without a thread.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace migc::lsp {

using json = nlohmann::json;

class Transport {
 public:
  Transport(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {}

  enum class Status { Message, Timeout, Closed };
  // Waits at most `timeout_ms` (-1: forever) for the next message. A frame
  // whose body is not JSON comes back as Message with a null `out` and the
  // parse error in `error`, so the server can answer ParseError.
  Status read(json& out, std::string& error, int timeout_ms = -1);
  void write(const json& message);
  // Whether a complete frame is already buffered (no waiting needed).
  bool hasBufferedMessage() const;

 private:
  bool fill(int timeout_ms);  // false on timeout; sets closed_ at end of input
  std::optional<std::string> takeFrame(std::string& error);

  int in_, out_;
  std::string buffer_;
  bool closed_ = false;
};

}  // namespace migc::lsp
