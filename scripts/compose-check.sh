#!/usr/bin/env bash
# Validate docker-compose.yml with the real Docker Compose CLI, on a machine without a
# Docker engine (and without the compose plugin).
#
# `docker compose config` only parses, interpolates and validates the model; it needs no
# daemon. The plugin is built once from the Go module proxy (Go >= the module's `go`
# line), cached under .llmstream/tools/docker-compose/<version>/, and exposed to the docker
# CLI through a project-local DOCKER_CONFIG (.llmstream/docker/cli-plugins/), so the
# user's ~/.docker is left alone. Without a docker CLI the plugin binary runs standalone.
#
# Usage: scripts/compose-check.sh [extra `compose config` arguments]
# Env:   COMPOSE_VERSION (default below), COMPOSE_MODULE, LLMSTREAM_TOOLS_DIR,
#        LLMSTREAM_DOCKER_CONFIG, GOTOOLCHAIN (default: local, never downloads a toolchain).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# v5.6.0 is the newest release whose go.mod (`go 1.26.8`) builds with our Go 1.26 toolchain.
# `go install ...@version` refuses this module (its go.mod has exclude directives), so the
# module is downloaded and built as the main module, exactly as upstream's Makefile does.
COMPOSE_VERSION="${COMPOSE_VERSION:-v5.6.0}"
COMPOSE_MODULE="${COMPOSE_MODULE:-github.com/docker/compose/v5}"
TOOLS_DIR="${LLMSTREAM_TOOLS_DIR:-$ROOT/.llmstream/tools}"
COMPOSE_BIN="$TOOLS_DIR/docker-compose/$COMPOSE_VERSION/docker-compose"
export DOCKER_CONFIG="${LLMSTREAM_DOCKER_CONFIG:-$ROOT/.llmstream/docker}"
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}"

log() { printf 'compose-check: %s\n' "$*" >&2; }

WORK=""
cleanup() {
    # The copied module keeps the cache's read-only modes: make it writable to remove it.
    if [[ -n "$WORK" ]]; then
        chmod -R u+w "$WORK" 2>/dev/null || true
        rm -rf "$WORK"
    fi
}

usable() { [[ -x "$COMPOSE_BIN" ]] && "$COMPOSE_BIN" version >/dev/null 2>&1; }

build_compose() {
    if ! command -v go >/dev/null 2>&1; then
        log "Go is needed to build docker compose $COMPOSE_VERSION (none on PATH)"
        exit 2
    fi
    local dir started
    WORK="$(mktemp -d)"
    trap cleanup EXIT
    started=$SECONDS
    log "building docker compose $COMPOSE_VERSION with $(go version | cut -d' ' -f3) (a few minutes, once)"
    dir="$(cd "$WORK" && go mod download -json "$COMPOSE_MODULE@$COMPOSE_VERSION" \
        | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
    if [[ -z "$dir" || ! -d "$dir" ]]; then
        log "could not download $COMPOSE_MODULE@$COMPOSE_VERSION"
        exit 2
    fi
    cp -R "$dir" "$WORK/src"
    chmod -R u+w "$WORK/src"
    (
        cd "$WORK/src"
        GOFLAGS="-mod=readonly -buildvcs=false" go build -trimpath \
            -ldflags "-s -w -X $COMPOSE_MODULE/internal.Version=$COMPOSE_VERSION" \
            -o "$WORK/docker-compose" ./cmd
    )
    mkdir -p "$(dirname "$COMPOSE_BIN")"
    # Copy next to the target, then rename: a reader never sees a half-written binary.
    cp "$WORK/docker-compose" "$COMPOSE_BIN.tmp.$$"
    mv -f "$COMPOSE_BIN.tmp.$$" "$COMPOSE_BIN"
    log "built $COMPOSE_BIN in $((SECONDS - started))s"
}

install_compose() {
    usable && return 0
    mkdir -p "$TOOLS_DIR"
    if command -v flock >/dev/null 2>&1; then
        # Concurrent runs (parallel test workers) build once; the others wait and reuse it.
        exec 9>"$TOOLS_DIR/.docker-compose.lock"
        flock 9
        usable || build_compose
        flock -u 9
    else
        build_compose
    fi
}

install_compose
mkdir -p "$DOCKER_CONFIG/cli-plugins"
ln -sfn "$COMPOSE_BIN" "$DOCKER_CONFIG/cli-plugins/docker-compose"

if command -v docker >/dev/null 2>&1; then
    compose=(docker compose)
else
    compose=("$COMPOSE_BIN")
fi
cd "$ROOT"
"${compose[@]}" -f docker-compose.yml config --quiet "$@"
log "docker-compose.yml is valid ($("$COMPOSE_BIN" version --short))"
