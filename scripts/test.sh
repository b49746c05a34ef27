#!/usr/bin/env bash
# The project's test command: starts a throwaway PostgreSQL server (scripts/postgres.sh, which installs Debian's
# postgresql package when missing) for the PostgreSQL index's tests, runs `dotnet test` with any arguments given
# here, then stops the server and deletes it. Exits with dotnet test's exit code.
#
# The tests find the server through ARABICNEWS_TEST_POSTGRES (an Npgsql connection string) and restart it with
# `scripts/postgres.sh restart "$ARABICNEWS_TEST_POSTGRES_DIR"`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

postgres_dir=$(mktemp -d "${TMPDIR:-/tmp}/arabicnews-postgres.XXXXXX")
cleanup() {
  local status=$?
  bash "$root/scripts/postgres.sh" stop "$postgres_dir" >/dev/null 2>&1 || echo "test.sh: could not stop the PostgreSQL server in $postgres_dir" >&2
  rm -rf "$postgres_dir"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

connection_string=$(bash "$root/scripts/postgres.sh" start "$postgres_dir")
export ARABICNEWS_TEST_POSTGRES="$connection_string"
export ARABICNEWS_TEST_POSTGRES_DIR="$postgres_dir"
echo "test.sh: PostgreSQL for the tests at $ARABICNEWS_TEST_POSTGRES"

dotnet test "$@"
