namespace Bulletin.UpperLevels;

/// <summary>What happened to an adopted item above the district: an upper-level bulletin adopted it (上级采用), or a leader
/// wrote an instruction on it (领导批示).</summary>
public enum UpperRecordKind { Adoption, Instruction }

/// <summary>One upper-level adoption or 领导批示 recorded on a submission.</summary>
/// <param name="Id">Derived from what was first recorded, so an identical repeat finds this record instead of adding one.</param>
/// <param name="Source">The publication (《郑州信息》) of an adoption, the leader of an instruction.</param>
/// <param name="Level">市, 省, 国家 (and 区 for an instruction).</param>
/// <param name="Issue">The publication's issue (an adoption); null for an instruction.</param>
/// <param name="Text">The leader's words (an instruction); null for an adoption.</param>
public sealed record UpperRecord(string Id, string SubmissionId, string Unit, UpperRecordKind Kind, string Source, string Level,
    string? Issue, DateOnly Date, string? Text, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>The unit's 落实情况 (what it did about an instruction); an answer closes the instruction.</summary>
    public string? Answer { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>When the record's mails (the words to the unit and editors, or the adoption notice) were all sent.</summary>
    public DateTimeOffset? MailedAt { get; init; }

    /// <summary>When the unit was reminded of an instruction still without an answer.</summary>
    public DateTimeOffset? RemindedAt { get; init; }

    public bool IsOpen => Kind == UpperRecordKind.Instruction && Answer is null;

    /// <summary>The fields an editor may correct, as they stand.</summary>
    public UpperRecordDraft Draft => new(Kind, Source, Level, Issue, Date, Text);
}

/// <summary>What an editor or script gives to record (or correct) an adoption or instruction, before it is checked.</summary>
public sealed record UpperRecordDraft(UpperRecordKind Kind, string Source, string Level, string? Issue, DateOnly Date, string? Text);
