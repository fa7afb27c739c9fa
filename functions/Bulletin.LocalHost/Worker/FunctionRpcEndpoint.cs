using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>The gRPC service the worker connects to (<c>FunctionRpc.EventStream</c>); it hands the stream to the supervisor.</summary>
internal sealed class FunctionRpcEndpoint(WorkerSupervisor supervisor) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(
        IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
        => supervisor.AcceptStreamAsync(requestStream, responseStream, context.CancellationToken);
}
