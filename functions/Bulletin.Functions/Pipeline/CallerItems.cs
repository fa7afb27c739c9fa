using Bulletin.Dashboard;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.Functions.Pipeline;

/// <summary>What <see cref="CallerMiddleware"/> found out about the caller, kept in <see cref="FunctionContext.Items"/>.</summary>
public static class CallerItems
{
    private const string SessionKey = "Bulletin.EditorSession";
    private const string UnitKey = "Bulletin.Unit";
    private const string OperatorKey = "Bulletin.Operator";

    /// <summary>The signed-in editor of a function with <see cref="Caller.Editor"/>.</summary>
    public static DashboardSession GetEditorSession(this FunctionContext context) =>
        context.Items.TryGetValue(SessionKey, out var session) ? (DashboardSession)session
            : throw new InvalidOperationException($"{context.FunctionDefinition.Name} has no editor session: is its caller rule Editor?");

    /// <summary>The unit whose token called (<see cref="Caller.Unit"/>, <see cref="Caller.OperatorOrUnit"/>); null for the operator.</summary>
    public static string? GetUnit(this FunctionContext context) => context.Items.TryGetValue(UnitKey, out var unit) ? (string)unit : null;

    public static bool IsOperator(this FunctionContext context) => context.Items.ContainsKey(OperatorKey);

    internal static void SetEditorSession(this FunctionContext context, DashboardSession session) => context.Items[SessionKey] = session;
    internal static void SetUnit(this FunctionContext context, string unit) => context.Items[UnitKey] = unit;
    internal static void SetOperator(this FunctionContext context) => context.Items[OperatorKey] = true;
}
