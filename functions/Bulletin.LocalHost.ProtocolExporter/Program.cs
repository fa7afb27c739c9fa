// Writes a FileDescriptorSet of the Functions host protocol (FunctionRpc.proto and its imports).
// The worker package generates these types as internal, but keeps their descriptors: we export
// those, and protoc generates the local host's server types from them at build time.
using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Bulletin.LocalHost.ProtocolExporter <output.protoset>");
    return 2;
}

var grpcAssembly = Assembly.Load("Microsoft.Azure.Functions.Worker.Grpc");
var types = LoadableTypes(grpcAssembly);
var roots = new[] { "FunctionRpcReflection", "NullableTypesReflection", "ClaimsIdentityRpcReflection" }
    .Select(name => types.Single(t => t.Name == name))
    .Select(t => (FileDescriptor)t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);

var set = new FileDescriptorSet();
var added = new HashSet<string>();
foreach (var root in roots)
    AddWithDependencies(root);
File.WriteAllBytes(args[0], set.ToByteArray());
Console.WriteLine($"Wrote {set.File.Count} proto files to {args[0]}");
return 0;

void AddWithDependencies(FileDescriptor file)
{
    if (!added.Add(file.Name))
        return;
    foreach (var dependency in file.Dependencies)
        AddWithDependencies(dependency);
    set.File.Add(FileDescriptorProto.Parser.ParseFrom(file.SerializedData));
}

static Type[] LoadableTypes(Assembly assembly)
{
    try { return assembly.GetTypes(); }
    catch (ReflectionTypeLoadException ex) { return ex.Types.Where(t => t is not null).ToArray()!; }
}
