using Grpc.Core;
using Microsoft.Azure.Functions.Worker.Grpc.Messages;

namespace Bulletin.LocalHost.Worker;

/// <summary>The gRPC service the worker connects to (<c>FunctionRpc.EventStream</c>); it hands the stream to the channel.</summary>
internal sealed class FunctionRpcEndpoint(WorkerChannel channel) : FunctionRpc.FunctionRpcBase
{
    public override Task EventStream(
        IAsyncStreamReader<StreamingMessage> requestStream, IServerStreamWriter<StreamingMessage> responseStream, ServerCallContext context)
        => channel.RunStreamAsync(requestStream, responseStream, context.CancellationToken);
}
