/* An LD_PRELOAD shim for the atomic-output test: counts rename(2) and
 * renameat2(2) calls and, at the N-th one, fails it with EACCES
 * (MIGC_FAIL_RENAME=N) or kills the process with SIGKILL before it runs
 * (MIGC_KILL_RENAME=N), as a full disk, a permission change or `kill -9`
 * would at that point of a build. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static int calls;

static int fault(void) {
  ++calls;
  const char* kill_at = getenv("MIGC_KILL_RENAME");
  if (kill_at && atoi(kill_at) == calls) kill(getpid(), SIGKILL);
  const char* fail_at = getenv("MIGC_FAIL_RENAME");
  if (fail_at && atoi(fail_at) == calls) {
    errno = EACCES;
    return 1;
  }
  return 0;
}

int rename(const char* from, const char* to) {
  static int (*real)(const char*, const char*);
  if (!real) real = (int (*)(const char*, const char*))dlsym(RTLD_NEXT, "rename");
  if (fault()) return -1;
  return real(from, to);
}

int renameat2(int fromfd, const char* from, int tofd, const char* to, unsigned flags) {
  static int (*real)(int, const char*, int, const char*, unsigned);
  if (!real) real = (int (*)(int, const char*, int, const char*, unsigned))dlsym(RTLD_NEXT, "renameat2");
  if (fault()) return -1;
  return real(fromfd, from, tofd, to, flags);
}
