#!/usr/bin/env bash
# Installs everything corridor-briefings needs on a fresh Debian machine:
# npm dependencies (without downloading a browser), then Debian's Chromium and the fonts briefings
# print in: Noto Serif and Noto Sans for Latin text, AR PL UMing and WenQuanYi Zen Hei for Chinese,
# all TrueType (Chromium embeds the CFF-based Noto CJK faces as Type 3 fonts, which print shops reject).
set -euo pipefail
cd "$(dirname "$0")/.."

echo "setup: installing npm dependencies"
# Puppeteer must not download its own browser: we print with the system Chromium.
export PUPPETEER_SKIP_DOWNLOAD=1
# npm install (not npm ci): it honours the lock file, and npm 11 writes lock files that npm ci
# rejects for missing optional platform packages.
npm install --no-audit --no-fund

need=()
browser="${BRIEFINGS_CHROMIUM:-}"
if [ -z "$browser" ]; then
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
    if [ -x "$candidate" ]; then browser="$candidate"; break; fi
  done
fi
[ -n "$browser" ] || need+=(chromium)
fonts="$(fc-list : family 2>/dev/null || true)"
grep -qx 'Noto Serif' <<<"$fonts" || need+=(fonts-noto-core)
grep -qi 'AR PL UMing' <<<"$fonts" || need+=(fonts-arphic-uming)
grep -qi 'WenQuanYi Zen Hei' <<<"$fonts" || need+=(fonts-wqy-zenhei)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)

if [ ${#need[@]} -eq 0 ]; then
  echo "setup: browser ${browser}; fonts present"
  exit 0
fi

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "setup: installing Debian packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}"
elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  echo "setup: installing Debian packages with sudo: ${need[*]}"
  sudo DEBIAN_FRONTEND=noninteractive apt-get update -qq
  sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
else
  cat >&2 <<MSG
setup: missing system packages: ${need[*]}
  Install them with your package manager (Debian/Ubuntu: sudo apt-get install ${need[*]}),
  or point BRIEFINGS_CHROMIUM at an installed Chromium or Chrome executable.
MSG
  exit 1
fi
echo "setup: done"
