using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Functions record what happened here, where the tests read it.
builder.Services.AddSingleton(new BlobServiceClient(builder.Configuration["AzureWebJobsStorage"]).GetBlobContainerClient("test-app-records"));
// As an app must in Azure too: the worker's Kestrel refuses bodies over 30 MB unless told otherwise. 50 MB, below the
// host's 100 MB, as the bulletin app's 40 MB: bodies between the two are refused by the worker itself.
builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = 50L * 1024 * 1024);
builder.Build().Run();
