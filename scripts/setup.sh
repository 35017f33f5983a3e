#!/usr/bin/env bash
# Prepare a Debian 12 machine for building and testing go-deepstream.
#
# Idempotent: installs only the Debian packages that are missing (apt-get is
# not touched at all when everything is present), downloads the Go modules
# listed in go.mod, and installs staticcheck into $(go env GOPATH)/bin unless
# it is already there. May be run from any directory.
#
# Environment:
#   STATICCHECK_VERSION  staticcheck module version to install (default: try
#                        v0.8.2 = 2026.2.2, then v0.6.1 = 2025.1.1). A failure
#                        to install staticcheck only prints a warning.
#
# The Go toolchain itself is not installed here: go.mod needs go >= 1.26.
set -euo pipefail

log() { printf 'setup: %s\n' "$*"; }
warn() { printf 'setup: warning: %s\n' "$*" >&2; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

script_dir="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
repo_root="$(cd -- "$script_dir/.." && pwd -P)"
cd -- "$repo_root"
[[ -f go.mod ]] || die "no go.mod in $repo_root"

# --- Debian packages -------------------------------------------------------

packages=(
	pkg-config gcc g++ make
	libglib2.0-dev libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev
	gstreamer1.0-plugins-base gstreamer1.0-plugins-good
	gstreamer1.0-plugins-bad gstreamer1.0-plugins-ugly
	gstreamer1.0-libav gstreamer1.0-tools
	libgstrtspserver-1.0-dev
	mosquitto mosquitto-clients libmosquitto-dev
	librdkafka-dev libhiredis-dev librabbitmq-dev redis-server rabbitmq-server amqp-tools
	libjpeg62-turbo-dev
	libgstrtspserver-1.0-dev
	valgrind
)

# dpkg -s also succeeds for packages that were removed but left their
# configuration behind ("deinstall ok config-files"), so check the status line.
is_installed() {
	local out
	out="$(dpkg -s "$1" 2>/dev/null)" || return 1
	grep -q '^Status: install ok installed$' <<<"$out"
}

command -v dpkg >/dev/null 2>&1 || die "dpkg not found: this script targets Debian 12"

missing=()
for pkg in "${packages[@]}"; do
	is_installed "$pkg" || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
	log "all ${#packages[@]} Debian packages already installed"
else
	log "installing missing packages: ${missing[*]}"
	sudo_cmd=()
	if ((EUID != 0)); then
		command -v sudo >/dev/null 2>&1 || die "not root and sudo not available; install as root: ${missing[*]}"
		sudo_cmd=(sudo)
	fi
	# sudo drops most of the environment, so pass DEBIAN_FRONTEND through env.
	"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
	"${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
		apt-get install -y --no-install-recommends "${missing[@]}"
	for pkg in "${missing[@]}"; do
		is_installed "$pkg" || die "package $pkg still not installed"
	done
	log "packages installed"
fi

if gst_version="$(pkg-config --modversion gstreamer-1.0 2>/dev/null)"; then
	log "gstreamer-1.0 $gst_version, glib-2.0 $(pkg-config --modversion glib-2.0 2>/dev/null || echo '?')"
else
	die "pkg-config cannot find gstreamer-1.0"
fi

# --- Go modules --------------------------------------------------------------

if ! command -v go >/dev/null 2>&1 && [[ -x /usr/local/go/bin/go ]]; then
	PATH="/usr/local/go/bin:$PATH"
fi
command -v go >/dev/null 2>&1 || die "go not found in PATH (go.mod needs go >= 1.26)"
log "using $(go version)"

log "downloading Go modules"
go mod download
log "Go modules downloaded"

# --- staticcheck -------------------------------------------------------------

gopath="$(go env GOPATH)"
gopath_bin="${gopath%%:*}/bin"
if [[ -x "$gopath_bin/staticcheck" ]]; then
	log "staticcheck already installed: $("$gopath_bin/staticcheck" -version 2>/dev/null || echo "$gopath_bin/staticcheck")"
else
	if [[ -n "${STATICCHECK_VERSION:-}" ]]; then
		versions=("$STATICCHECK_VERSION")
	else
		# v0.8.2 (2026.2.2) is built for go 1.26; v0.6.1 (2025.1.1) is the
		# fallback for older toolchains. Release names such as 2025.1.1 are not
		# valid module versions, so the v0.x.y forms are used.
		versions=(v0.8.2 v0.6.1)
	fi
	installed=""
	for v in "${versions[@]}"; do
		log "installing staticcheck $v into $gopath_bin"
		if GOBIN="$gopath_bin" go install "honnef.co/go/tools/cmd/staticcheck@$v"; then
			installed="$v"
			break
		fi
		warn "staticcheck $v could not be installed"
	done
	if [[ -n "$installed" ]]; then
		log "staticcheck installed: $("$gopath_bin/staticcheck" -version 2>/dev/null || echo "$installed")"
	else
		warn "skipping staticcheck (tried: ${versions[*]})"
	fi
fi
case ":$PATH:" in
*":$gopath_bin:"*) ;;
*) warn "$gopath_bin is not in PATH" ;;
esac

log "done"
