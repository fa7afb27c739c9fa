using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Functions record what happened here, where the tests read it.
builder.Services.AddSingleton(new BlobServiceClient(builder.Configuration["AzureWebJobsStorage"]).GetBlobContainerClient("test-app-records"));
builder.Build().Run();
