using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary>SendGrid's rules for <c>personalizations</c>: who receives the mail and how many.</summary>
internal static class PersonalizationsValidator
{
    public const int MaxPersonalizations = 1000;
    public const int MaxRecipients = 1000;
    private static readonly string[] RecipientKinds = ["to", "cc", "bcc"];

    public static void Validate(JsonElement mail, List<SendGridError> errors)
    {
        var personalizations = mail.Items("personalizations");
        if (personalizations.Count == 0)
        {
            errors.Add(MailSendErrors.PersonalizationsRequired());
            return;
        }
        if (personalizations.Count > MaxPersonalizations)
        {
            // SendGrid stops here: the request has to be split before anything else matters.
            errors.Add(MailSendErrors.TooManyPersonalizations(personalizations.Count));
            return;
        }

        var recipients = 0;
        for (var p = 0; p < personalizations.Count; p++)
        {
            if (personalizations[p].Items("to").Count == 0)
                errors.Add(MailSendErrors.ToRequired(p));
            recipients += ValidateRecipients(personalizations[p], p, errors);
        }
        if (recipients > MaxRecipients)
            errors.Add(MailSendErrors.TooManyRecipients());
    }

    private static int ValidateRecipients(JsonElement personalization, int p, List<SendGridError> errors)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var duplicateReported = false;
        var count = 0;
        foreach (var kind in RecipientKinds)
        {
            var recipients = personalization.Items(kind);
            for (var i = 0; i < recipients.Count; i++)
            {
                count++;
                var email = recipients[i].StringOrNull("email");
                if (!EmailAddressRule.IsValid(email))
                    errors.Add(MailSendErrors.InvalidRecipient(p, kind, i));
                else if (!seen.Add(email!) && !duplicateReported)
                {
                    errors.Add(MailSendErrors.DuplicateRecipient(p, kind, email!));
                    duplicateReported = true;
                }
            }
        }
        return count;
    }
}
