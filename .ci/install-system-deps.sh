#!/bin/sh
# System packages the tests need: Debian Chromium (end-to-end tests), LibreOffice and poppler (rendered reports) and CJK fonts (screenshots
# and LibreOffice previews render Chinese). Does nothing when they are already installed.
set -e
if [ -x /usr/bin/chromium ] && command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null && fc-list 2>/dev/null | grep -q "Noto Sans CJK"; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk fonts-arphic-ukai libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils >/dev/null
