# azd postprovision hook for Windows (azure.yaml); does what postprovision.sh does, read that file's header:
# creates each generated secret only when it does not exist yet (never overwriting), names the secret the operator must
# still bring, asks App Service to resolve the Key Vault references again, and locks the issues' retention if asked.
$ErrorActionPreference = 'Stop'

# Keep in step with the Key Vault references in infra/app/api.bicep (tests/Bulletin.Tests/Infra checks it).
$GeneratedSecrets = @('Links--SigningKey', 'Inbound--Secret', 'Bulletin--AdminKey')
$OperatorSecrets = @('SendGrid--ApiKey')

foreach ($name in 'AZURE_KEY_VAULT_NAME', 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_SUBSCRIPTION_ID') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "$name is not set: run this through azd (azd provision)." }
}
$vault = $env:AZURE_KEY_VAULT_NAME

# The deployer's Key Vault Secrets Officer role was assigned moments ago and can take minutes to apply.
$existing = $null
for ($attempt = 1; $attempt -le 10; $attempt++) {
    $existing = az keyvault secret list --vault-name $vault --query "[].name" -o tsv 2>$null
    if ($LASTEXITCODE -eq 0) { break }
    if ($attempt -eq 10) { throw "Cannot list the secrets of Key Vault $vault (a new role can take a few minutes): run 'azd hooks run postprovision' again." }
    Write-Host "postprovision: waiting for the Key Vault Secrets Officer role on $vault to apply ($attempt/10)..."
    Start-Sleep -Seconds 30
}
$existing = @($existing)

$valueFile = New-TemporaryFile
try {
    foreach ($name in $GeneratedSecrets) {
        if ($existing -contains $name) { Write-Host "postprovision: $name exists in $vault; left as it is."; continue }
        # Hex only: the inbound secret goes into a URL, where + / @ would break it. Read from a file, never the command line.
        $value = [Convert]::ToHexString([Security.Cryptography.RandomNumberGenerator]::GetBytes(32)).ToLowerInvariant()
        [IO.File]::WriteAllText($valueFile.FullName, $value)
        az keyvault secret set --vault-name $vault --name $name --file $valueFile.FullName --encoding utf-8 -o none
        if ($LASTEXITCODE -ne 0) { throw "Could not create $name in $vault." }
        Write-Host "postprovision: $name created in $vault with a random value."
    }
}
finally { Remove-Item $valueFile.FullName -Force }

foreach ($name in $OperatorSecrets) {
    if ($existing -notcontains $name) {
        Write-Host "postprovision: $name is not set yet; mail is refused and /api/health answers 503 naming $($name -replace '--', '__') until you set it (infra/README.md, step 4)."
    }
}

$app = "/subscriptions/$($env:AZURE_SUBSCRIPTION_ID)/resourceGroups/$($env:AZURE_RESOURCE_GROUP)/providers/Microsoft.Web/sites/$($env:AZURE_FUNCTION_APP_NAME)"
az rest --method post --url "$app/config/configreferences/appsettings/refresh?api-version=2022-03-01" -o none
if ($LASTEXITCODE -eq 0) { Write-Host "postprovision: asked $($env:AZURE_FUNCTION_APP_NAME) to resolve its Key Vault references again." }
else { Write-Warning "Could not refresh the Key Vault references; restart the app or wait (infra/README.md, step 6)." }

if ($env:ISSUES_RETENTION_LOCKED -eq 'true') {
    $where = @('-g', $env:AZURE_RESOURCE_GROUP, '--account-name', $env:AZURE_STORAGE_ACCOUNT_NAME, '-c', 'issues')
    $state = az storage container immutability-policy show @where --query state -o tsv
    if ($state -eq 'Unlocked') {
        $etag = az storage container immutability-policy show @where --query etag -o tsv
        az storage container immutability-policy lock @where --if-match $etag -o none
        if ($LASTEXITCODE -ne 0) { throw 'Could not lock the retention policy of container issues.' }
        Write-Host 'postprovision: the retention policy of container issues is now locked.'
    }
    else { Write-Host "postprovision: the retention policy of container issues is $state; left as it is." }
}
