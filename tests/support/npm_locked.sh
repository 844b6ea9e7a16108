# Sourced by tests that run npm packages: installs the packages of a
# package.json + package-lock.json pair with `npm ci` into a cache folder
# (never into the source tree), once per lock file.
#   npm_locked_install DIR CACHE   DIR holds package.json and package-lock.json
# Returns 1 (after writing CACHE/npm-ci.log) when npm cannot install them,
# for the caller to skip by name.

# True when every package the lock file installs on this machine is in CACHE
# at the locked version (optional packages for other platforms are absent).
npm_locked_installed() {
  local dir="$1" cache="$2"
  [[ -f "$cache/package-lock.json" ]] || return 1
  cmp -s "$dir/package-lock.json" "$cache/package-lock.json" || return 1
  node -e '
    const fs = require("fs"), path = require("path"), dir = process.argv[1];
    const lock = JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8"));
    for (const [p, meta] of Object.entries(lock.packages || {})) {
      if (!p) continue;
      const pj = path.join(dir, p, "package.json");
      if (meta.optional && !fs.existsSync(pj)) continue;
      if (!fs.existsSync(pj) || JSON.parse(fs.readFileSync(pj, "utf8")).version !== meta.version) process.exit(1);
    }' "$cache" 2>/dev/null
}

npm_locked_install() {
  local dir="$1" cache="$2"
  npm_locked_installed "$dir" "$cache" && return 0
  mkdir -p "$cache"
  rm -rf "$cache/node_modules" "$cache/package-lock.json"
  cp "$dir/package.json" "$dir/package-lock.json" "$cache/"
  (cd "$cache" && npm ci --no-audit --no-fund --prefer-offline --fetch-retries=1 \
     --fetch-timeout=30000 --loglevel=error) >"$cache/npm-ci.log" 2>&1 || return 1
  npm_locked_installed "$dir" "$cache"
}
