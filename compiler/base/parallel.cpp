#include "base/parallel.h"

#include <pthread.h>

#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

namespace migc {
namespace {

struct Shared {
  const std::function<void(size_t)>* fn;
  size_t count;
  std::atomic<size_t> next{0};
};

void* worker(void* arg) {
  auto* shared = static_cast<Shared*>(arg);
  for (size_t i = shared->next++; i < shared->count; i = shared->next++) (*shared->fn)(i);
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
}

}  // namespace migc
