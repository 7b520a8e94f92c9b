#!/usr/bin/env bash
# Makes sure the system tools the tests use are present (python-docx included), and that
# fontconfig sees Sarabun (the LibreOffice test reads the DOCX with it; without it LibreOffice
# silently substitutes a font).
# Idempotent and non-interactive: installs only what is missing. Run as root (CI containers are);
# otherwise it prints what to install and fails. Called by `npm test` (pretest) and .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
need() { # need <command> <debian package>
  command -v "$1" >/dev/null 2>&1 || missing+=("$2")
}
need soffice libreoffice-writer-nogui
need pdfinfo poppler-utils
need pdftoppm poppler-utils
need pdftotext poppler-utils
need xmllint libxml2-utils
need hb-shape libharfbuzz-bin
need fc-list fontconfig
# python-docx, the DOCX tests' second reader (Debian's python3, not another python on PATH).
/usr/bin/python3 -c "import docx" >/dev/null 2>&1 || missing+=(python3-docx)

if ((${#missing[@]} > 0)); then
  # Unique package names, in order.
  mapfile -t packages < <(printf '%s\n' "${missing[@]}" | awk '!seen[$0]++')
  if [[ "$(id -u)" -ne 0 ]]; then
    echo "ensure-test-tools: missing ${packages[*]}; run this script as root (apt-get install)" >&2
    exit 1
  fi
  echo "ensure-test-tools: installing ${packages[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

if ! fc-list | grep -qi sarabun; then
  if [[ "$(id -u)" -eq 0 ]]; then
    font_dir=/usr/local/share/fonts/ita-report
  else
    font_dir="${XDG_DATA_HOME:-$HOME/.local/share}/fonts/ita-report"
  fi
  echo "ensure-test-tools: installing fonts/*.ttf into $font_dir for fontconfig"
  mkdir -p "$font_dir"
  cp fonts/*.ttf "$font_dir/"
  fc-cache -f "$font_dir" >/dev/null
  fc-list | grep -qi sarabun || { echo "ensure-test-tools: fontconfig still does not list Sarabun" >&2; exit 1; }
fi
