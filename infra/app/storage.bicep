// The app's storage account: tables (state), queues (workflow steps), blobs (documents, and the
// Flex Consumption deployment package). Reached only with Entra ID: shared keys are off.

@description('Name of the storage account (3-24 lowercase letters and digits).')
param name string

@description('Azure region of the storage account.')
param location string

@description('Tags applied to the storage account.')
param tags object

@description('Redundancy of the storage account.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param skuName string

@description('Name of the blob container Flex Consumption deploys the app package to.')
param deploymentContainerName string

@description('Days deleted or overwritten blobs and deleted containers stay recoverable (soft delete).')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

@description('Days every version of a published issue is kept write-once (WORM) in container "issues".')
@minValue(1)
@maxValue(146000)
param issuesRetentionDays int

@description('Whether the issues\' retention policy has been locked: the storage API updates only unlocked policies, so a locked one is left alone.')
param issuesRetentionLocked bool

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: skuName }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    // The host, the deployment and the app all use the managed identity; no key is needed anywhere.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    dnsEndpointType: 'Standard'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
  properties: {
    // Versioning is required by version-level immutability on "issues" and keeps every overwrite.
    isVersioningEnabled: true
    deleteRetentionPolicy: { enabled: true, days: softDeleteRetentionDays, allowPermanentDelete: false }
    containerDeleteRetentionPolicy: { enabled: true, days: softDeleteRetentionDays }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: { publicAccess: 'None' }
}

// An office's own licensed font files for the PDF (body.ttf, masthead.ttf, leadtitle.ttf; README "PDF faces"): the app
// only reads them, so the container is declared here for the office to upload to.
resource fontsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'fonts'
  properties: { publicAccess: 'None' }
}

// Published issues are records of what the office sent: version-level WORM rather than versioning
// alone, because the app's own identity (Blob Data Owner) could delete plain versions. An overwrite
// still succeeds but makes a new version; every earlier version stays for issuesRetentionDays.
resource issuesContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'issues'
  properties: {
    publicAccess: 'None'
    immutableStorageWithVersioning: { enabled: true }
  }
}

// Created unlocked so a mistaken retention can still be shortened; infra/README.md says how to lock it. Once locked it is
// declared no more: an update of a locked policy fails, and would fail every later `azd provision`.
resource issuesRetention 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2023-05-01' = if (!issuesRetentionLocked) {
  parent: issuesContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: issuesRetentionDays
    allowProtectedAppendWrites: false
  }
}

output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
