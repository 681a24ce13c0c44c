# Shared by the scripts of deploy/local. Sourced, not run.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL="$ROOT/deploy/local"
KEYS="${BIHUAN_KEYS_DIR:-$LOCAL/.keys}"
# BIHUAN_RUN_DIR / BIHUAN_DATA_DIR: another place for pid files and logs / the embedded database, so a
# second set (e.g. .ci/fuzz-contracts) runs beside the developer's own without touching its data.
RUN="${BIHUAN_RUN_DIR:-$LOCAL/.run}"
DATA="${BIHUAN_DATA_DIR:-$LOCAL/.data}"
SERVICES=(problem-service rectification-service report-service)
ISSUER="${BIHUAN_JWT_ISSUER:-bihuan-local}"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '%s\n' "$*" >&2; exit 1; }

service_port() {
  case "$1" in
    problem-service) echo "${PROBLEM_PORT:-8081}" ;;
    rectification-service) echo "${RECTIFICATION_PORT:-8082}" ;;
    report-service) echo "${REPORT_PORT:-8083}" ;;
  esac
}

# The signing key of local tokens: generated on first use, never committed (.gitignore).
ensure_keys() {
  if [ -s "$KEYS/private.pem" ] && [ -s "$KEYS/public.pem" ]; then return 0; fi
  command -v openssl >/dev/null || die "openssl is needed to create the local signing key; install it and retry."
  mkdir -p "$KEYS" && chmod 700 "$KEYS"
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEYS/private.pem" 2>/dev/null \
    || die "openssl could not create $KEYS/private.pem."
  openssl pkey -in "$KEYS/private.pem" -pubout -out "$KEYS/public.pem" 2>/dev/null
  chmod 600 "$KEYS/private.pem"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
