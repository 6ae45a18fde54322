#!/usr/bin/env bash
# The browser tests drive Debian's Chromium, never a browser that Playwright downloads (CI starts from a
# clean machine whose network reaches only Debian, Maven Central and npm). Installs it when missing.
set -euo pipefail
browser=${CHROMIUM_PATH:-/usr/bin/chromium}
if [[ -x $browser ]]; then
  exit 0
fi
echo "Chromium is missing at $browser: installing Debian's chromium package for the browser tests" >&2
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  if command -v sudo >/dev/null; then sudo="sudo -n"; else
    echo "Not root and no sudo: install Chromium yourself (apt-get install chromium) and run the tests again" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
[[ -x $browser ]] || { echo "apt-get ran but $browser is still missing" >&2; exit 1; }
