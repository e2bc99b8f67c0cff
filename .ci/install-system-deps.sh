#!/bin/sh
# System packages the tests need: Debian Chromium (end-to-end tests) and CJK fonts (screenshots
# and LibreOffice previews render Chinese). Does nothing when they are already installed.
set -e
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
