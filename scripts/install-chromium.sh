#!/usr/bin/env bash
# Headless Chromium (Debian's package) for the HTML report test: `make browser`.
# Idempotent: does nothing when /usr/bin/chromium is already there.
set -euo pipefail
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
echo "installing chromium (Debian package)" >&2
export DEBIAN_FRONTEND=noninteractive
# Another apt/dpkg run may hold the lock for a while: wait for it rather than fail.
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
test -x "$CHROMIUM"
