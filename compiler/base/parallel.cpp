#include "base/parallel.h"

#include <pthread.h>

#include <atomic>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace migc {
namespace {

struct Shared {
  Shared(const std::function<void(size_t)>* f, size_t n) : fn(f), count(n) {}
  const std::function<void(size_t)>* fn;
  size_t count;
  std::atomic<size_t> next{0};
  std::mutex mutex;
  std::exception_ptr error;  // the first exception a worker caught
};

// An exception (std::bad_alloc on a huge input) must not escape a thread,
// which would call std::terminate: it stops the work and is rethrown by
// parallelFor on the calling thread, where the driver reports it.
void* worker(void* arg) {
  auto* shared = static_cast<Shared*>(arg);
  for (size_t i = shared->next++; i < shared->count; i = shared->next++) {
    try {
      (*shared->fn)(i);
    } catch (...) {
      std::lock_guard lock(shared->mutex);
      if (!shared->error) shared->error = std::current_exception();
      shared->next = shared->count;
    }
  }
  return nullptr;
}

}  // namespace

void parallelFor(size_t count, const std::function<void(size_t)>& fn, unsigned threads) {
  if (count == 0) return;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  size_t workers = std::min<size_t>(threads, count);
  Shared shared{&fn, count};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, kWorkerStackBytes);
  std::vector<pthread_t> ids;
  for (size_t w = 0; w < workers; ++w) {
    pthread_t id;
    if (pthread_create(&id, &attr, worker, &shared) == 0) ids.push_back(id);
  }
  pthread_attr_destroy(&attr);
  if (ids.empty()) throw std::runtime_error("cannot start worker threads");
  for (pthread_t id : ids) pthread_join(id, nullptr);
  if (shared.error) std::rethrow_exception(shared.error);
}

}  // namespace migc
