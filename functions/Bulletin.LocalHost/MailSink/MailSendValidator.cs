using System.Text.Json;

namespace Bulletin.LocalHost.MailSink;

/// <summary>Checks a v3 mail/send body as SendGrid does; returns SendGrid's errors, none when it would accept it.</summary>
internal static class MailSendValidator
{
    public static IReadOnlyList<SendGridError> Validate(JsonElement mail)
    {
        var errors = new List<SendGridError>();
        PersonalizationsValidator.Validate(mail, errors);
        ValidateSender(mail, errors);
        // A template supplies its own subject and body.
        var usesTemplate = !string.IsNullOrEmpty(mail.StringOrNull("template_id"));
        if (!usesTemplate && !HasSubject(mail))
            errors.Add(MailSendErrors.SubjectRequired());
        ValidateContent(mail, usesTemplate, errors);
        ValidateAttachments(mail, errors);
        return errors;
    }

    private static void ValidateSender(JsonElement mail, List<SendGridError> errors)
    {
        var from = mail.ObjectOrNull("from");
        if (from is null || !from.Value.Has("email"))
            errors.Add(MailSendErrors.FromRequired());
        else if (!EmailAddressRule.IsValid(from.Value.StringOrNull("email")))
            errors.Add(MailSendErrors.FromInvalid());

        if (mail.Has("reply_to") && !EmailAddressRule.IsValid(mail.ObjectOrNull("reply_to")?.StringOrNull("email")))
            errors.Add(MailSendErrors.ReplyToInvalid());
    }

    private static bool HasSubject(JsonElement mail)
    {
        if (!string.IsNullOrEmpty(mail.StringOrNull("subject")))
            return true;
        var personalizations = mail.Items("personalizations");
        return personalizations.Count > 0
            && personalizations.All(p => !string.IsNullOrEmpty(p.StringOrNull("subject")));
    }

    private static void ValidateContent(JsonElement mail, bool usesTemplate, List<SendGridError> errors)
    {
        var content = mail.Items("content");
        if (content.Count == 0)
        {
            if (!usesTemplate)
                errors.Add(MailSendErrors.ContentRequired());
            return;
        }

        var lastRank = 0;
        for (var i = 0; i < content.Count; i++)
        {
            var type = content[i].StringOrNull("type");
            if (!content[i].Has("type"))
                errors.Add(MailSendErrors.ContentTypeRequired(i));
            else if (string.IsNullOrEmpty(type))
                errors.Add(MailSendErrors.ContentTypeEmpty(i));

            if (!content[i].Has("value"))
                errors.Add(MailSendErrors.ContentValueRequired(i));
            else if (string.IsNullOrEmpty(content[i].StringOrNull("value")))
                errors.Add(MailSendErrors.ContentValueEmpty(i));

            // RFC 1341 7.2 as SendGrid applies it: text/plain, then text/html, then anything else.
            var rank = RankOf(type);
            if (rank < lastRank)
                errors.Add(MailSendErrors.ContentOrder(i));
            lastRank = Math.Max(lastRank, rank);
        }
    }

    private static int RankOf(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "text/plain" => 0,
        "text/html" => 1,
        _ => 2,
    };

    private static void ValidateAttachments(JsonElement mail, List<SendGridError> errors)
    {
        var attachments = mail.Items("attachments");
        for (var i = 0; i < attachments.Count; i++)
        {
            var content = attachments[i].StringOrNull("content");
            if (!attachments[i].Has("content"))
                errors.Add(MailSendErrors.AttachmentContentRequired(i));
            else if (string.IsNullOrEmpty(content))
                errors.Add(MailSendErrors.AttachmentContentEmpty(i));
            else if (!IsBase64(content))
                errors.Add(MailSendErrors.AttachmentNotBase64(i));

            if (string.IsNullOrEmpty(attachments[i].StringOrNull("filename")))
                errors.Add(MailSendErrors.AttachmentFilenameRequired(i));
        }
    }

    private static bool IsBase64(string content) =>
        System.Buffers.Text.Base64.IsValid(content, out _);
}
