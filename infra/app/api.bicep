// The Function App on a Flex Consumption plan, running as the user-assigned identity, with every
// setting the app reads. Settings that are secrets are Key Vault references, never values.

@description('Name of the Function App.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app; azd finds the app by its azd-service-name tag.')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity: the host, the app\'s storage clients and Application Insights select it by this id.')
param identityClientId string

@description('Name of the storage account the host and the app use.')
param storageAccountName string

@description('Blob endpoint of that storage account, ending in a slash.')
param storageBlobEndpoint string

@description('Name of the blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Connection string of Application Insights (not a secret: local authentication is off).')
param applicationInsightsConnectionString string

@description('URI of the Key Vault holding the secrets, ending in a slash.')
param keyVaultUri string

@description('Address bulletin mail comes from; must be a verified sender in SendGrid.')
param senderAddress string

@description('Display name on bulletin mail: the bulletin\'s name.')
param bulletinName string

@description('Issuing office printed under the masthead of every issue (编印单位).')
param bulletinOffice string

@description('Default 本期送 line of a new issue: who it is sent up to.')
param bulletinDefaultSentTo string

@description('Default 发 line of a new issue: who it is issued to.')
param bulletinDefaultIssuedTo string

@description('E-mail address of the person who signs issues off (签发人); the signed 签发 link is mailed only there.')
param bulletinSignOffAddress string

@description('Name of the person who signs issues off (签发人), as the preview mail addresses them.')
param bulletinSignOffName string

@description('Aliases editors may write on 送/发 lines, e.g. 各镇街=镇+街道办事处;区领导=区县处级领导 (empty for none).')
param distributionAliases string

@description('Public verification key of SendGrid\'s signed Event Webhook (not a secret); empty until the operator copies it from SendGrid.')
param sendGridEventWebhookPublicKey string

@description('Domain SendGrid Inbound Parse receives mail for; editors reply to review+<id>@ this domain to decide.')
param reviewReplyDomain string

@description('Memory of each instance in MB.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int

@description('Most instances the app may scale out to (Flex Consumption allows 40 to 1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

// Versionless secret URIs: the app picks up a new secret version without a redeployment.
var secretUri = '${keyVaultUri}secrets/'

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { name: 'FC1', tier: 'FlexConsumption' }
  properties: { reserved: true }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references are resolved with this identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: { instanceMemoryMB: instanceMemoryMB, maximumInstanceCount: maximumInstanceCount }
      // Flex Consumption takes the worker runtime from here; FUNCTIONS_WORKER_RUNTIME is not allowed as a setting.
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
  }
}

// The settings live in their own resource so that Links__PublicBaseUrl can use the host name Azure gives the app, which
// is known only once the app exists. Secrets are Key Vault references, never values.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Identity-based host storage; Bulletin.Core's StorageConnection reads the same three settings.
    AzureWebJobsStorage__accountName: storageAccountName
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${secretUri}SendGrid--ApiKey)'
    SendGrid__FromAddress: senderAddress
    SendGrid__FromName: bulletinName
    SendGrid__EventWebhookPublicKey: sendGridEventWebhookPublicKey
    Links__SigningKey: '@Microsoft.KeyVault(SecretUri=${secretUri}Links--SigningKey)'
    // Links in mail start here: the host name Azure gave the app (it need not be <name>.azurewebsites.net); a custom domain would replace it.
    Links__PublicBaseUrl: 'https://${app.properties.defaultHostName}'
    Inbound__Secret: '@Microsoft.KeyVault(SecretUri=${secretUri}Inbound--Secret)'
    Bulletin__AdminKey: '@Microsoft.KeyVault(SecretUri=${secretUri}Bulletin--AdminKey)'
    // What every issue prints: the masthead, the issuing office and the default 本期送 / 发 lines.
    Bulletin__Name: bulletinName
    Bulletin__Office: bulletinOffice
    Bulletin__DefaultSentTo: bulletinDefaultSentTo
    Bulletin__DefaultIssuedTo: bulletinDefaultIssuedTo
    // Who signs issues off (签发人): the preview mail with the signed 签发 link goes only to this address.
    Bulletin__SignOffAddress: bulletinSignOffAddress
    Bulletin__SignOffName: bulletinSignOffName
    // Names on 送/发 lines that stand for other items (name=item+item;…).
    Distribution__Aliases: distributionAliases
    // Sign-in mail limits: per address and per client IP, in windows of this many minutes.
    Dashboard__SignInMailsPerAddress: '3'
    Dashboard__SignInRequestsPerClient: '20'
    Dashboard__SignInWindowMinutes: '15'
    // How long the adopt / send back / reject links in an editor's review mail work.
    Review__LinkLifetimeDays: '14'
    // Replies to a review mail go to review+<id>@ this domain and come back through Inbound Parse.
    Review__ReplyDomain: reviewReplyDomain
    // Editors get a daily digest of submissions waiting longer than this many working days.
    Review__ReminderAfterWorkingDays: '2'
    // How long the archive link in an issue mail (往期简报, read only) works.
    Bulletin__ArchiveLinkLifetimeDays: '365'
    // Units that have not answered a solicitation (约稿) are reminded once from this many days before its deadline.
    Solicitations__ReminderDaysBefore: '2'
    // Points per unit: a weight per named statistics term (see README, Statistics).
    Statistics__Points: 'adopted=2;published=1;published_lead=5;solicited_on_time=2;solicited_late=-3;solicited_missing=-5;combined=1;upper_city=10;upper_province=20;upper_national=40;instruction_district=5;instruction_city=10;instruction_province=20;instruction_national=40'
    // Whether an upload must name 审签人, 执笔人 and 联系电话.
    Intake__RequireSignatories: 'false'
    // Upper-level bulletins known by name with their level (市, 省, 国家); others are recorded with a level given.
    UpperLevels__Publications: '《郑州信息》=市;《河南信息》=省;国办《昨日要情》=国家'
    // How long the 落实情况 link in a 领导批示 mail works, and after how many days without an answer the unit is reminded.
    UpperLevels__AnswerLinkDays: '60'
    UpperLevels__ReminderAfterDays: '7'
    // Upper offices items are forwarded to (上报): name=level=address;… — set the real addresses after deploying.
    UpperLevels__Offices: '郑州市委办公室信息科=市=xinxi@zz.example.org;河南省委办公厅信息处=省=xinxi@ha.example.org'
  }
}

// FTP and basic-auth deployment are off: azd deploys with an Entra ID token.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: { allow: false }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: { allow: false }
}

output name string = app.name
output hostName string = app.properties.defaultHostName
