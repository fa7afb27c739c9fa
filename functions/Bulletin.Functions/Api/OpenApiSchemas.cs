using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Bulletin.Functions.Api;

/// <summary>OpenAPI 3.0 schemas made from C# types by reflection, named the way the app's JSON names them (camelCase);
/// records and classes go into <c>components/schemas</c> once and are referred to.</summary>
internal sealed class OpenApiSchemas
{
    private readonly NullabilityInfoContext _nullability = new();

    public JsonObject Components { get; } = new();

    public JsonObject For(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Scalar(type) is { } scalar)
            return scalar;
        if (type.IsEnum)
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(Enum.GetNames(type).Select(n => (JsonNode)n).ToArray()) };
        if (type.IsGenericType && typeof(IDictionary).IsAssignableFrom(type))
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = For(type.GetGenericArguments()[^1]) };
        if (ElementOf(type) is { } element)
            return new JsonObject { ["type"] = "array", ["items"] = For(element) };
        if (!Components.ContainsKey(type.Name))
        {
            Components[type.Name] = new JsonObject(); // Placeholder first, so a type that refers to itself ends.
            Components[type.Name] = ObjectOf(type);
        }
        return new JsonObject { ["$ref"] = $"#/components/schemas/{type.Name}" };
    }

    private JsonObject ObjectOf(Type type)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(Serialized))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var schema = For(property.PropertyType);
            if (_nullability.Create(property).ReadState == NullabilityState.Nullable)
            {
                if (schema.ContainsKey("$ref"))
                    schema = new JsonObject { ["allOf"] = new JsonArray(schema) };
                schema["nullable"] = true;
            }
            else
                required.Add(name);
            properties[name] = schema;
        }
        var result = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
            result["required"] = required;
        return result;
    }

    private static bool Serialized(PropertyInfo property) =>
        property.GetIndexParameters().Length == 0 && property.GetCustomAttribute<JsonExtensionDataAttribute>() is null &&
        property.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always };

    private static JsonObject? Scalar(Type type) => type switch
    {
        _ when type == typeof(string) => new JsonObject { ["type"] = "string" },
        _ when type == typeof(bool) => new JsonObject { ["type"] = "boolean" },
        _ when type == typeof(int) || type == typeof(short) => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
        _ when type == typeof(long) => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => new JsonObject { ["type"] = "number" },
        _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => new JsonObject { ["type"] = "string", ["format"] = "date-time" },
        _ when type == typeof(DateOnly) => new JsonObject { ["type"] = "string", ["format"] = "date" },
        _ when type == typeof(Guid) => new JsonObject { ["type"] = "string", ["format"] = "uuid" },
        _ => null,
    };

    private static Type? ElementOf(Type type) =>
        type.IsArray ? type.GetElementType()
        : type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0]
        : null;
}
