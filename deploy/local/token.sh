#!/usr/bin/env bash
# Prints a bearer token that the locally started services accept.
#   deploy/local/token.sh --role admin|verifier|reporter|viewer [--unit UNIT] [--name NAME]
#                         [--sub SUBJECT] [--ttl SECONDS] [--aud AUDIENCE]
# The audience is the product (bihuan) unless --aud names one service (problem-service, …).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

role="" unit="" name="" sub="" ttl=43200 aud=bihuan
while [ $# -gt 0 ]; do
  case "$1" in
    --role) role="${2:-}"; shift 2 ;;
    --unit) unit="${2:-}"; shift 2 ;;
    --name) name="${2:-}"; shift 2 ;;
    --sub) sub="${2:-}"; shift 2 ;;
    --ttl) ttl="${2:-}"; shift 2 ;;
    --aud) aud="${2:-}"; shift 2 ;;
    -h|--help) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "Unknown option '$1'; see --help." ;;
  esac
done
case "$role" in
  admin|verifier|reporter|viewer) ;;
  "") die "--role is required: admin, verifier, reporter or viewer." ;;
  *) die "Unknown role '$role': use admin, verifier, reporter or viewer." ;;
esac
[[ "$ttl" =~ ^[0-9]+$ ]] || die "--ttl must be a number of seconds."
ensure_keys

json_string() { # JSON-escapes a value (quotes, backslashes, control characters)
  printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' | tr -d '\000-\037'
}
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

case "$role" in
  admin) default_name="管理员" ;;
  verifier) default_name="验收人" ;;
  reporter) default_name="填报人" ;;
  viewer) default_name="查看人" ;;
esac
name="${name:-$default_name}"
sub="${sub:-local-$role${unit:+-$unit}}"
now=$(date +%s)
claims="{\"iss\":\"$(json_string "$ISSUER")\",\"aud\":\"$(json_string "$aud")\",\"sub\":\"$(json_string "$sub")\",\"name\":\"$(json_string "$name")\""
claims+=",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + ttl)),\"jti\":\"$(openssl rand -hex 8)\""
[ -n "$unit" ] && claims+=",\"unit\":\"$(json_string "$unit")\""
claims+="}"
header=$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '%s' "$claims" | b64url)
signature=$(printf '%s' "$header.$payload" | openssl dgst -sha256 -sign "$KEYS/private.pem" | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
