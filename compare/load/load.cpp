// Reading a result file: bytes from disk or stdin, gzip detected by its magic bytes and
// inflated with zlib, then the JSON is read and handed to the format it turns out to be.
#include "compare/load/load.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <iostream>
#include <iterator>
#include <thread>

#include "compare/load/formats.hpp"
#include "compare/load/python_repr.hpp"
#include "compare/load/raw_document.hpp"

namespace gilbench::compare {
namespace detail {

void fail(std::string_view path, std::string problem, std::string python_error) {
  throw InputError(std::string(path), std::move(problem), std::move(python_error));
}

}  // namespace detail
namespace {

using detail::fail;

constexpr std::size_t kMaxInflatedSize = std::size_t{1} << 30;  // refuse gzip bombs beyond 1 GiB

// Python's OSError text for errno `code`: "[Errno 2] No such file or directory: 'x'".
[[noreturn]] void fail_os(const std::string& path, int code) {
  const char* type = code == ENOENT   ? "FileNotFoundError"
                     : code == EISDIR ? "IsADirectoryError"
                     : code == EACCES ? "PermissionError"
                                      : "OSError";
  const std::string reason = std::strerror(code);
  fail(path, reason, fmt::format("{}: [Errno {}] {}: {}", type, code, reason, python_repr(path)));
}

// The bytes of `path` (`-` = stdin) followed by kJsonPadding zero bytes, so that simdjson
// parses the text where it lies instead of copying a 7 MB file into a padded buffer.
std::string read_all(const std::string& path) {
  std::string content;
  if (path == "-") {
    content.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    content.append(detail::kJsonPadding, '\0');
    return content;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) fail_os(path, errno);
  struct stat info {};
  if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
    ::close(fd);
    fail_os(path, EISDIR);
  }
  if (info.st_size > 0)
    content.reserve(static_cast<std::size_t>(info.st_size) + detail::kJsonPadding);
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int code = errno;
      ::close(fd);
      fail_os(path, code);
    }
    if (n == 0) break;
    content.append(buffer, static_cast<std::size_t>(n));
  }
  ::close(fd);
  content.append(detail::kJsonPadding, '\0');
  return content;
}

bool is_gzip(std::string_view bytes) {
  return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
         static_cast<unsigned char>(bytes[1]) == 0x8b;
}

// Inflates every gzip member (Python's gzip module reads concatenated members too).
std::string gunzip(std::string_view compressed, std::string_view path) {
  std::string out;
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
    fail(path, "cannot initialise zlib", "zlib.error: cannot initialise");
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  stream.avail_in = static_cast<uInt>(compressed.size());
  char buffer[1 << 16];
  while (true) {
    stream.next_out = reinterpret_cast<Bytef*>(buffer);
    stream.avail_out = sizeof buffer;
    const int status = inflate(&stream, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - stream.avail_out);
    if (out.size() > kMaxInflatedSize) {
      inflateEnd(&stream);
      fail(path, "gzip content larger than 1 GiB", "MemoryError");
    }
    if (status == Z_STREAM_END) {
      const std::string_view rest(reinterpret_cast<const char*>(stream.next_in), stream.avail_in);
      if (!is_gzip(rest)) break;  // Python ignores trailing zero padding; so do we
      inflateReset(&stream);
      continue;
    }
    if (status == Z_BUF_ERROR && stream.avail_in == 0) {
      inflateEnd(&stream);
      fail(path, "truncated gzip data",
           "EOFError: Compressed file ended before the end-of-stream marker was reached");
    }
    if (status != Z_OK && status != Z_BUF_ERROR) {
      const std::string reason = stream.msg ? stream.msg : "invalid data";
      inflateEnd(&stream);
      fail(path, "corrupt gzip data: " + reason,
           fmt::format("zlib.error: Error {} while decompressing data: {}", status, reason));
    }
  }
  inflateEnd(&stream);
  return out;
}

// load_result_bytes(); `padded`: kJsonPadding bytes follow `content` (see read_all).
ResultFile load_bytes(std::string_view content, std::string_view display_path,
                      const LoadOptions& options, bool padded) {
  std::string inflated;
  if (is_gzip(content)) {
    inflated = gunzip(content, display_path);
    content = inflated;
    padded = false;
  }
  const std::string expecting_value =
      "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)";
  if (content.empty()) fail(display_path, "empty file", expecting_value);
  detail::RawDocument doc;
  if (auto error = detail::read_raw_document(content, doc, padded)) {
    const auto colon = error->message.find(": ");
    const std::string detail =
        colon == std::string::npos ? error->message : error->message.substr(colon + 2);
    const bool truncated =
        detail.rfind("Unterminated", 0) == 0 ||
        content.find_last_not_of(" \t\r\n") == std::string_view::npos ||
        detail.find(fmt::format("(char {})", content.size())) != std::string::npos;
    fail(display_path, (truncated ? "truncated JSON: " : "not valid JSON: ") + detail,
         error->message);
  }
  const bool google_benchmark =
      doc.has_context && doc.version.kind == detail::RawScalar::Kind::absent;
  ResultFile file = google_benchmark
                        ? detail::build_google_benchmark_file(doc, display_path, options)
                        : detail::build_pyperf_file(doc, display_path, options);
  file.rebuild_index();
  return file;
}

}  // namespace

ResultFile load_result_bytes(std::string_view content, std::string_view display_path,
                             const LoadOptions& options) {
  return load_bytes(content, display_path, options, /*padded=*/false);
}

ResultFile load_result_file(const std::string& path, const LoadOptions& options) {
  const std::string content = read_all(path);
  const std::string_view bytes(content.data(), content.size() - detail::kJsonPadding);
  return load_bytes(bytes, path, options, /*padded=*/true);
}

std::vector<ResultFile> load_result_files(const std::vector<std::string>& paths,
                                          const LoadOptions& options) {
  if (paths.empty()) return {};
  std::vector<ResultFile> files(paths.size());
  std::vector<std::exception_ptr> errors(paths.size());
  auto load_one = [&](std::size_t i) {
    try {
      files[i] = load_result_file(paths[i], options);
    } catch (...) {
      errors[i] = std::current_exception();
    }
  };
  // Standard input is read here first; the other files go to a small pool of threads
  // (the calling thread included) that take the next file index until none is left.
  for (std::size_t i = 0; i < paths.size(); ++i)
    if (paths[i] == "-") load_one(i);
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++)
      if (paths[i] != "-") load_one(i);
  };
  const std::size_t helpers =
      std::min<std::size_t>(paths.size(), std::max(1u, std::thread::hardware_concurrency())) - 1;
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < helpers; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  for (const std::exception_ptr& error : errors)
    if (error) std::rethrow_exception(error);
  return files;
}

}  // namespace gilbench::compare
