// Runs work items on a few threads with large stacks. std::thread cannot set
// a stack size; parsing nests up to kMaxNesting levels and must not depend on
// the default 8 MiB main stack.
#pragma once

#include <cstddef>
#include <functional>

namespace migc {

inline constexpr size_t kWorkerStackBytes = 256u << 20;

// Calls fn(i) for i in [0, count), on up to `threads` workers (0: one per
// core). Each index runs at most once; the call returns when all are done.
// An exception thrown by fn stops the remaining work and is rethrown here.
void parallelFor(size_t count, const std::function<void(size_t)>& fn, unsigned threads = 0);

}  // namespace migc
