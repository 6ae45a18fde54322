#!/usr/bin/env bash
# Installs the front end's packages exactly as package-lock.json records them (npm ci), but only when
# the lock file changed since the last install, so that a rebuild does not spend half a minute
# reinstalling the same packages. Uses the machine's Node and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "Node.js 20.19+ and npm are needed to build the console (Debian: apt-get install nodejs npm)" >&2
  exit 1
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("Node.js 20.19 or newer is needed, found "+process.versions.node); process.exit(1) }'
stamp=node_modules/.bashgah-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f $stamp && "$(cat "$stamp")" == "$want" ]]; then
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > "$stamp"
