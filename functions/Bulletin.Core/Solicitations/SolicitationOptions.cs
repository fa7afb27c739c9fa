using System.ComponentModel.DataAnnotations;

namespace Bulletin.Solicitations;

/// <summary>Solicitations (section <c>Solicitations</c>).</summary>
public sealed class SolicitationOptions
{
    public const string Section = "Solicitations";

    /// <summary>Units that have not answered are reminded once, from this many China days before the deadline; default 2.</summary>
    [Range(1, 30, ErrorMessage = "Setting 'Solicitations:ReminderDaysBefore' must be a whole number of days from 1 to 30 (default 2).")]
    public int ReminderDaysBefore { get; set; } = 2;
}
