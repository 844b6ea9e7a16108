#include "lsp/transport.h"

#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>

namespace migc::lsp {
namespace {

constexpr size_t kMaxFrame = 256u << 20;  // larger than any .mig file migc reads (64 MiB) in JSON

// The value of Content-Length in a header block, or nullopt.
std::optional<size_t> contentLength(std::string_view headers) {
  size_t at = 0;
  while (at < headers.size()) {
    size_t eol = headers.find("\r\n", at);
    std::string_view line = headers.substr(at, eol == std::string_view::npos ? std::string_view::npos : eol - at);
    at = eol == std::string_view::npos ? headers.size() : eol + 2;
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name(line.substr(0, colon));
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (name != "content-length") continue;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    size_t n = 0;
    auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || n > kMaxFrame) return std::nullopt;
    return n;
  }
  return std::nullopt;
}

}  // namespace

bool Transport::fill(int timeout_ms) {
  pollfd p{in_, POLLIN, 0};
  int ready = ::poll(&p, 1, timeout_ms);
  if (ready == 0) return false;
  if (ready < 0) {
    if (errno == EINTR) return true;
    closed_ = true;
    return true;
  }
  char chunk[65536];
  ssize_t n = ::read(in_, chunk, sizeof chunk);
  if (n < 0 && (errno == EINTR || errno == EAGAIN)) return true;
  if (n <= 0) closed_ = true;
  else buffer_.append(chunk, static_cast<size_t>(n));
  return true;
}

bool Transport::hasBufferedMessage() const {
  size_t end = buffer_.find("\r\n\r\n");
  if (end == std::string::npos) return false;
  auto length = contentLength(std::string_view(buffer_).substr(0, end));
  return !length || buffer_.size() >= end + 4 + *length;
}

// One complete frame's body out of the buffer, or nullopt when more input
// is needed. A header block without a valid Content-Length is dropped and
// reported through `error`.
std::optional<std::string> Transport::takeFrame(std::string& error) {
  size_t end = buffer_.find("\r\n\r\n");
  if (end == std::string::npos) return std::nullopt;
  auto length = contentLength(std::string_view(buffer_).substr(0, end));
  if (!length) {
    buffer_.erase(0, end + 4);
    error = "a message header without a valid Content-Length";
    return std::string();
  }
  if (buffer_.size() < end + 4 + *length) return std::nullopt;
  std::string body = buffer_.substr(end + 4, *length);
  buffer_.erase(0, end + 4 + *length);
  return body;
}

Transport::Status Transport::read(json& out, std::string& error, int timeout_ms) {
  out = nullptr;
  error.clear();
  for (;;) {
    if (auto body = takeFrame(error)) {
      if (!error.empty()) return Status::Message;
      out = json::parse(*body, nullptr, false);
      if (out.is_discarded()) {
        out = nullptr;
        error = "the message is not JSON";
      }
      return Status::Message;
    }
    if (closed_) return Status::Closed;
    if (!fill(timeout_ms)) return Status::Timeout;
  }
}

void Transport::write(const json& message) {
  // Invalid UTF-8 in a string (a file that is not UTF-8) becomes U+FFFD
  // rather than an exception.
  std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  std::string frame = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  for (size_t done = 0; done < frame.size();) {
    ssize_t n = ::write(out_, frame.data() + done, frame.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;  // the client went away; reading will see the end
    done += static_cast<size_t>(n);
  }
}

}  // namespace migc::lsp
