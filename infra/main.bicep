// Everything the bulletin app needs in Azure, in one resource group; `azd up` provisions it and
// deploys the Function App (see infra/README.md). Subscription scope, as azd's layout expects:
// the template creates its own resource group.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment (e.g. "prod"); names the resource group and seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Azure region for every resource; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({ azd: { type: 'location' } })
param location string = 'eastasia'

@minLength(2)
@maxLength(8)
@description('Short prefix of resource names: lowercase letters and digits only.')
param namePrefix string = 'bulletin'

@description('The bulletin\'s name (报头); shown as the display name on every mail it sends.')
param bulletinName string = '上街信息'

@description('Issuing office printed under the masthead of every issue (编印单位).')
param bulletinOffice string = '中共上街区委办公室'

@description('Default 本期送 line of a new issue (editable per issue).')
param bulletinDefaultSentTo string = '区县处级领导'

@description('Default 发 line of a new issue (editable per issue).')
param bulletinDefaultIssuedTo string = '峡窝镇、各街道办事处、区直各单位负责同志'

@description('Aliases editors may write on 送/发 lines, in the form name=item+item;… (e.g. 各镇街=镇+街道办事处;区领导=区县处级领导); empty for none.')
param distributionAliases string = '各镇街=镇+街道办事处'

// The next four have no default: a demo value would leave 签发 or mail silently broken, so azd prompts for each.
@minLength(3)
@description('E-mail address of the person who signs issues off (签发人); only this address receives the signed 签发 link.')
param bulletinSignOffAddress string

@minLength(1)
@description('Name of the person who signs issues off (签发人), as the preview mail addresses them.')
param bulletinSignOffName string

@minLength(3)
@description('Address bulletin mail comes from; it must be in a domain authenticated in SendGrid (Sender Authentication).')
param senderAddress string

@description('Public verification key of SendGrid\'s signed Event Webhook (Settings > Mail Settings > Event Webhook); not a secret. Empty until SendGrid shows it.')
param sendGridEventWebhookPublicKey string = ''

@minLength(3)
@description('Domain SendGrid Inbound Parse receives mail for (its MX record points at mx.sendgrid.net), under the sender\'s authenticated domain, e.g. parse.your-domain.example; editors decide by replying to review+<id>@ this domain.')
param reviewReplyDomain string

@description('Object id of the person running azd (azd fills AZURE_PRINCIPAL_ID); they get the Key Vault Secrets Officer role to set the secrets. Empty grants nothing.')
param principalId string = ''

@description('Kind of principal principalId is: a person (User) or a pipeline (ServicePrincipal); azd fills AZURE_PRINCIPAL_TYPE.')
@allowed(['User', 'ServicePrincipal'])
param principalType string = 'User'

@description('Storage redundancy. LRS is the cheapest; ZRS or GZRS survive the loss of a zone or a region.')
@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSkuName string = 'Standard_LRS'

@description('Days each version of a published issue stays write-once (WORM) in container "issues". Default ten years.')
@minValue(1)
@maxValue(146000)
param issuesRetentionDays int = 3650

@description('Whether the operator has locked the issues\' retention policy (infra/README.md, step 7). A locked policy can no longer be updated by a deployment, so with true the template leaves it alone; false keeps it unlocked and in step with issuesRetentionDays.')
param issuesRetentionLocked bool = false

@description('Days deleted or overwritten blobs and deleted containers stay recoverable.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 30

@description('Days Log Analytics keeps logs and telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Memory of each Function App instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

@description('Most instances the Function App may scale out to; the lowest Flex Consumption allows keeps cost bounded.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Key Vault purge protection: a deleted vault or secret stays recoverable for 90 days. Irreversible once on; turn off only for throw-away test environments.')
param keyVaultPurgeProtection bool = true

var token = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
// Names are known before deployment (not read from module outputs) so What-If can predict every change.
var names = {
  functionApp: 'func-${namePrefix}-${token}'
  plan: 'plan-${namePrefix}-${token}'
  identity: 'id-${namePrefix}-${token}'
  storage: 'st${namePrefix}${token}'
  deploymentContainer: 'app-package-${token}'
  logAnalytics: 'log-${namePrefix}-${token}'
  applicationInsights: 'appi-${namePrefix}-${token}'
  keyVault: 'kv${take(namePrefix, 7)}${token}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: names.storage
    location: location
    tags: tags
    skuName: storageSkuName
    deploymentContainerName: names.deploymentContainer
    softDeleteRetentionDays: softDeleteRetentionDays
    issuesRetentionDays: issuesRetentionDays
    issuesRetentionLocked: issuesRetentionLocked
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: names.logAnalytics
    applicationInsightsName: names.applicationInsights
    location: location
    tags: tags
    retentionInDays: logRetentionDays
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyVault'
  scope: rg
  params: {
    name: names.keyVault
    location: location
    tags: tags
    enablePurgeProtection: keyVaultPurgeProtection
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: names.storage
    keyVaultName: names.keyVault
    applicationInsightsName: names.applicationInsights
    appIdentityName: names.identity
    appPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
    deployerPrincipalType: principalType
  }
  // Names are passed as plain values, so the resources they name must be created first.
  dependsOn: [storage, keyVault, monitoring]
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: names.deploymentContainer
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultUri: keyVault.outputs.uri
    senderAddress: senderAddress
    bulletinName: bulletinName
    bulletinOffice: bulletinOffice
    bulletinDefaultSentTo: bulletinDefaultSentTo
    bulletinDefaultIssuedTo: bulletinDefaultIssuedTo
    bulletinSignOffAddress: bulletinSignOffAddress
    bulletinSignOffName: bulletinSignOffName
    distributionAliases: distributionAliases
    sendGridEventWebhookPublicKey: sendGridEventWebhookPublicKey
    reviewReplyDomain: reviewReplyDomain
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // The host starts as soon as the app exists; its roles should be in place by then.
  dependsOn: [rbac]
}

// Outputs are stored in the azd environment (.azure/<env>/.env); none holds a secret.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
// Inbound Parse needs basic auth: the operator inserts user:secret@ before the host (infra/README.md).
output SENDGRID_INBOUND_PARSE_URL string = 'https://${api.outputs.hostName}/api/inbound/sendgrid'
output SENDGRID_EVENT_WEBHOOK_URL string = 'https://${api.outputs.hostName}/api/sendgrid/events'
