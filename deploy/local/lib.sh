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

# Local keys, generated on first use, never committed (.gitignore):
#   private.pem, public.pem        the stand-in for an identity provider: token.sh signs user tokens
#                                  with it, the services verify them with its public half
#   services/<service>.private.pem each service's own key for its service tokens
#                                  (docs/decisions/0065-service-keys-and-audiences.md)
#   services/<service>.pem         their public halves, which the callees trust
ensure_keys() {
  command -v openssl >/dev/null || die "openssl is needed to create the local signing keys; install it and retry."
  mkdir -p "$KEYS/services" && chmod 700 "$KEYS" "$KEYS/services"
  new_key_pair "$KEYS/private.pem" "$KEYS/public.pem"
  for svc in "${SERVICES[@]}"; do
    new_key_pair "$KEYS/services/$svc.private.pem" "$KEYS/services/$svc.pem"
  done
}

new_key_pair() { # private.pem public.pem, unless both exist
  if [ -s "$1" ] && [ -s "$2" ]; then return 0; fi
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" 2>/dev/null \
    || die "openssl could not create $1."
  openssl pkey -in "$1" -pubout -out "$2" 2>/dev/null
  chmod 600 "$1"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
