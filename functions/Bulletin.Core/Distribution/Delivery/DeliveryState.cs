namespace Bulletin.Distribution.Delivery;

/// <summary>Where one recipient's copy of an issue is: pending until SendGrid accepts its batch, then what SendGrid's
/// events report. Refused: SendGrid refused the whole batch (a 4xx other than 429), or kept refusing it.</summary>
public enum DeliveryState
{
    Pending,
    Accepted,
    Deferred,
    Delivered,
    Bounced,
    Dropped,
    Refused,
}

public static class DeliveryStates
{
    /// <summary>What SendGrid says last about a mail: nothing after these moves it back.</summary>
    public static bool IsFinal(this DeliveryState state) => state is DeliveryState.Delivered or DeliveryState.Bounced or DeliveryState.Dropped;

    /// <summary>The recipient did not get the issue; "重发给失败的收件人" sends to these again.</summary>
    public static bool IsFailed(this DeliveryState state) => state is DeliveryState.Bounced or DeliveryState.Dropped or DeliveryState.Refused;

    /// <summary>How far along a mail is; an event never moves a row to a lower rank.</summary>
    public static int Rank(this DeliveryState state) => state switch
    {
        DeliveryState.Pending => 0,
        DeliveryState.Accepted or DeliveryState.Refused => 1,
        DeliveryState.Deferred => 2,
        _ => 3,
    };

    public static DeliveryState ToState(this DeliveryEventKind kind) => kind switch
    {
        DeliveryEventKind.Processed => DeliveryState.Accepted,
        DeliveryEventKind.Deferred => DeliveryState.Deferred,
        DeliveryEventKind.Delivered => DeliveryState.Delivered,
        DeliveryEventKind.Bounce => DeliveryState.Bounced,
        _ => DeliveryState.Dropped,
    };

    /// <summary>The state as editors read it.</summary>
    public static string Label(this DeliveryState state) => state switch
    {
        DeliveryState.Pending => "待发送",
        DeliveryState.Accepted => "已提交",
        DeliveryState.Deferred => "延迟投递",
        DeliveryState.Delivered => "已送达",
        DeliveryState.Bounced => "退信",
        DeliveryState.Dropped => "被丢弃",
        _ => "被拒绝",
    };
}
