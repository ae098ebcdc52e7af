#!/usr/bin/env bash
# The browser tests need Debian's Chromium and a CJK system font. Install them where they are missing
# (as root, from Debian's packages); otherwise say what to install.
set -euo pipefail
missing=()
command -v "${CHROMIUM_PATH:-/usr/bin/chromium}" >/dev/null 2>&1 || missing+=(chromium)
# (no grep -q: it would close the pipe early and fail the pipeline under pipefail)
fc-list 2>/dev/null | grep -iE 'WenQuanYi|Noto Sans CJK' >/dev/null || missing+=(fonts-wqy-microhei)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "browser tests need: ${missing[*]} (Debian: sudo apt-get install -y ${missing[*]}), or set CHROMIUM_PATH" >&2
  exit 1
fi
echo "installing ${missing[*]} from Debian's packages…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
