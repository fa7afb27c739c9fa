// Key Vault in RBAC mode for the app's secrets. The template creates no secret values: the operator
// sets them after the first deployment (infra/README.md), so re-running `azd up` never overwrites them.

@description('Name of the Key Vault (3-24 letters, digits and hyphens).')
param name string

@description('Azure region of the Key Vault.')
param location string

@description('Tags applied to the Key Vault.')
param tags object

@description('Turn on purge protection: deleted secrets and the vault itself stay recoverable for 90 days and cannot be purged early. It cannot be turned off again.')
param enablePurgeProtection bool

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    // Access is granted with Azure roles (rbac.bicep), never with access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // ARM refuses `false` once purge protection has been on, so "off" is expressed as null.
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
