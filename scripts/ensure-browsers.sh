#!/usr/bin/env bash
# Makes sure the browsers the end-to-end tests drive are installed: Debian's Chromium and Firefox ESR
# (plus openssl for the throw-away certificate, and the language packs the native-language test
# uses, and age: the hand-off envelope's interoperability test opens one with the age command line).
# Installs them with apt-get when run as root.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v age >/dev/null 2>&1 || missing+=(age)
# Language packs: the native-language e2e runs Chromium in French and Firefox in Spanish.
for pack in chromium-l10n firefox-esr-l10n-es-es; do
  dpkg -s "$pack" >/dev/null 2>&1 || missing+=("$pack")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing: ${missing[*]}. Install them (Debian: sudo apt-get install ${missing[*]}) and run again." >&2
  exit 1
fi
echo "Installing ${missing[*]} with apt-get…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
