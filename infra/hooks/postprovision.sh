#!/bin/sh
# azd postprovision hook (azure.yaml), run after every `azd provision` / `azd up`:
# 1. creates each secret the app can have generated for it, with a strong random value, ONLY when it does not exist yet
#    (never overwriting: review, 签发 and archive links already mailed stay valid);
# 2. says which secret the operator must still bring (the SendGrid API key): /api/health names it until it is set;
# 3. asks App Service to resolve the Key Vault references again, so new secrets count without waiting up to 24 hours;
# 4. with ISSUES_RETENTION_LOCKED=true, locks the issues' retention policy if it is still unlocked (irreversible).
# azd passes the template's outputs (AZURE_KEY_VAULT_NAME, ...) as environment variables.
set -eu

# Keep in step with the Key Vault references in infra/app/api.bicep (tests/Bulletin.Tests/Infra checks it).
GENERATED_SECRETS="Links--SigningKey Inbound--Secret Bulletin--AdminKey"
OPERATOR_SECRETS="SendGrid--ApiKey"

: "${AZURE_KEY_VAULT_NAME:?is not set: run this through azd (azd provision), which passes the template outputs}"
: "${AZURE_RESOURCE_GROUP:?is not set: run this through azd}"
: "${AZURE_FUNCTION_APP_NAME:?is not set: run this through azd}"
: "${AZURE_SUBSCRIPTION_ID:?is not set: run this through azd}"
vault="$AZURE_KEY_VAULT_NAME"

# The deployer's Key Vault Secrets Officer role was assigned moments ago and can take minutes to apply.
existing=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  if existing=$(az keyvault secret list --vault-name "$vault" --query "[].name" -o tsv 2>/dev/null); then break; fi
  if [ "$attempt" = 10 ]; then
    echo "postprovision: cannot list the secrets of Key Vault $vault (a new role can take a few minutes): run 'azd hooks run postprovision' again." >&2
    exit 1
  fi
  echo "postprovision: waiting for the Key Vault Secrets Officer role on $vault to apply ($attempt/10)..."
  sleep 30
done

has_secret() { printf '%s\n' "$existing" | grep -qx "$1"; }

random_hex() { openssl rand -hex 32 2>/dev/null || od -An -N32 -tx1 /dev/urandom | tr -d ' \n'; }

umask 077
value_file=$(mktemp)
trap 'rm -f "$value_file"' EXIT
for name in $GENERATED_SECRETS; do
  if has_secret "$name"; then
    echo "postprovision: $name exists in $vault; left as it is."
  else
    # Hex only: the inbound secret goes into a URL, where + / @ would break it. Read from a file, never the command line.
    printf '%s' "$(random_hex)" > "$value_file"
    az keyvault secret set --vault-name "$vault" --name "$name" --file "$value_file" --encoding utf-8 -o none
    echo "postprovision: $name created in $vault with a random value."
  fi
done
: > "$value_file"

for name in $OPERATOR_SECRETS; do
  if ! has_secret "$name"; then
    echo "postprovision: $name is not set yet; mail is refused and /api/health answers 503 naming ${name%%--*}__${name#*--} until you set it (infra/README.md, step 4)."
  fi
done

app="/subscriptions/$AZURE_SUBSCRIPTION_ID/resourceGroups/$AZURE_RESOURCE_GROUP/providers/Microsoft.Web/sites/$AZURE_FUNCTION_APP_NAME"
if az rest --method post --url "$app/config/configreferences/appsettings/refresh?api-version=2022-03-01" -o none; then
  echo "postprovision: asked $AZURE_FUNCTION_APP_NAME to resolve its Key Vault references again."
else
  echo "postprovision: could not refresh the Key Vault references; restart the app or wait (infra/README.md, step 6)." >&2
fi

if [ "${ISSUES_RETENTION_LOCKED:-false}" = "true" ]; then
  : "${AZURE_STORAGE_ACCOUNT_NAME:?is not set: run this through azd}"
  state=$(az storage container immutability-policy show -g "$AZURE_RESOURCE_GROUP" --account-name "$AZURE_STORAGE_ACCOUNT_NAME" -c issues --query state -o tsv)
  if [ "$state" = "Unlocked" ]; then
    etag=$(az storage container immutability-policy show -g "$AZURE_RESOURCE_GROUP" --account-name "$AZURE_STORAGE_ACCOUNT_NAME" -c issues --query etag -o tsv)
    az storage container immutability-policy lock -g "$AZURE_RESOURCE_GROUP" --account-name "$AZURE_STORAGE_ACCOUNT_NAME" -c issues --if-match "$etag" -o none
    echo "postprovision: the retention policy of container issues is now locked."
  else
    echo "postprovision: the retention policy of container issues is ${state:-missing}; left as it is."
  fi
fi
