#!/usr/bin/env bash
# What the tests need beyond npm's packages, from Debian: Chromium for Playwright (it cannot
# download its own browsers here), a font with every Kazakh letter, PostgreSQL for the second
# database run, poppler's pdftotext (reads generated PDFs back), LibreOffice (opens every generated
# DOCX/XLSX as an office would) and faketime (the e2e build runs on a clock that crosses minutes).
# As root it installs what is missing; otherwise it names the packages in one line and fails.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need+=(fonts-dejavu-core)
[ -n "${TEST_PG_URL:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
command -v faketime >/dev/null 2>&1 || need+=(faketime)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "the tests need: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
  exit 1
fi
