#!/bin/sh
# Stand-in for the Azure CLI in the postprovision hook's test (no Azure account is reachable from the build machines):
# a Key Vault kept as one file per secret in $FAKE_VAULT; every call appended to $FAKE_VAULT.calls.
echo "$*" >> "$FAKE_VAULT.calls"
case "$1 $2 $3" in
  "keyvault secret list") ls "$FAKE_VAULT" ;;
  "keyvault secret set")
    name=""; file=""
    while [ $# -gt 0 ]; do
      case "$1" in --name) name=$2; shift ;; --file) file=$2; shift ;; esac
      shift
    done
    cp "$file" "$FAKE_VAULT/$name" ;;
  "rest --method post") ;;
  *) echo "fake az: unexpected call: az $*" >&2; exit 2 ;;
esac
