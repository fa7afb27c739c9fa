namespace Bulletin.LocalHost.MailSink;

/// <summary>
/// SendGrid's own wording for the mail/send errors the sink reproduces, taken from its error reference
/// and from responses quoted by its client libraries; help links point where SendGrid's do.
/// </summary>
internal static class MailSendErrors
{
    private const string HelpBase = "http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#";

    public static SendGridError AuthorizationRequired() => new("authorization required", null, null);

    public static SendGridError InvalidGrant() =>
        new("The provided authorization grant is invalid, expired, or revoked", null, null);

    /// <summary>SendGrid's rate-limit answer (429), as its API reference shows it.</summary>
    public static SendGridError TooManyRequests() => new("too many requests", null, null);

    public static SendGridError PayloadTooLarge() =>
        new("The JSON payload you have included in your request is too large.", null, null);

    public static SendGridError InvalidUtf8() => new("Invalid UTF8 in request.", null, null);

    public static SendGridError BadRequest() => new("Bad Request", null, null);

    public static SendGridError PersonalizationsRequired() => new(
        "The personalizations field is required and must have at least one personalization.",
        "personalizations", HelpBase + "-Personalizations-Errors");

    public static SendGridError TooManyPersonalizations(int count) => new(
        $"The personalization block is limited to 1000 personalizations per API request. You have provided {count} personalizations. Please consider splitting this into multiple requests and resending your request.",
        "personalizations", HelpBase + "message.personalizations");

    public static SendGridError TooManyRecipients() => new(
        "There is a limit of 1000 total recipients (to + cc + bcc) per request.",
        "personalizations", HelpBase + "message.personalizations");

    public static SendGridError ToRequired(int personalization) => new(
        "The to array is required for all personalization objects, and must have at least one email object with a valid email address.",
        $"personalizations.{personalization}.to", HelpBase + "message.personalizations.to");

    public static SendGridError InvalidRecipient(int personalization, string kind, int index) => new(
        "Does not contain a valid address.",
        $"personalizations.{personalization}.{kind}.{index}.email", HelpBase + "message.personalizations." + kind);

    public static SendGridError DuplicateRecipient(int personalization, string kind, string email) => new(
        $"Each email address in the personalization block should be unique between to, cc, and bcc. We found the first duplicate instance of [{email}] in the personalizations.{personalization}.{kind} field.",
        $"personalizations.{personalization}", HelpBase + "message.recipient-errors");

    public static SendGridError FromRequired() => new(
        "The from object must be provided for every email send. It is an object that requires the email parameter, but may also contain a name parameter.  e.g. {\"email\" : \"example@example.com\"}  or {\"email\" : \"example@example.com\", \"name\" : \"Example Recipient\"}.",
        "from.email", HelpBase + "message.from");

    public static SendGridError FromInvalid() =>
        new("The from email does not contain a valid address.", "from.email", HelpBase + "message.from");

    public static SendGridError ReplyToInvalid() => new(
        "The reply_to object, when used, must at least have an email parameter with a valid email address and it may also contain a name parameter. e.g. {\"email\": \"example@example.com\"} or {\"email\": \"example@example.com\", \"name\": \"Example Recipient\"}",
        "reply_to.email", HelpBase + "message.reply_to");

    public static SendGridError SubjectRequired() => new(
        "The subject is required. You can get around this requirement if you use a template with a subject defined or if every personalization has a subject defined.",
        "subject", HelpBase + "message.subject");

    public static SendGridError ContentRequired() => new(
        "Unless a valid template_id is provided, the content parameter is required. There must be at least one defined content block. We typically suggest both text/plain and text/html blocks are included, but only one block is required.",
        "content", HelpBase + "message.content");

    public static SendGridError ContentTypeRequired(int index) => new(
        "A content type is required, this tells email clients how to display the email.",
        $"content.{index}.type", HelpBase + "message.content.type");

    public static SendGridError ContentTypeEmpty(int index) => new(
        "Your content type must be a string with length of at least one character.",
        $"content.{index}.type", HelpBase + "message.content.type");

    public static SendGridError ContentValueRequired(int index) => new(
        "A content value is required, this is the content of the email you are sending.",
        $"content.{index}.value", HelpBase + "message.content.value");

    public static SendGridError ContentValueEmpty(int index) => new(
        "The content value must be a string at least one character in length.",
        $"content.{index}.value", HelpBase + "message.content.value");

    public static SendGridError ContentOrder(int index) => new(
        "Following RFC 1341, section 7.2, if either text/html or text/plain are to be sent in your email: text/plain needs to be first, followed by text/html, followed by any other content.",
        $"content.{index}.value", HelpBase + "message.content.value");

    public static SendGridError AttachmentContentRequired(int index) => new(
        "The attachment content is required.",
        $"attachments.{index}.content", HelpBase + "message.attachments.content");

    public static SendGridError AttachmentContentEmpty(int index) => new(
        "The attachment content must be a string at least one character in length.",
        $"attachments.{index}.content", HelpBase + "message.attachments.content");

    public static SendGridError AttachmentNotBase64(int index) => new(
        "The attachment content must be base64 encoded.",
        $"attachments.{index}.content", HelpBase + "message.attachments.content");

    public static SendGridError AttachmentFilenameRequired(int index) => new(
        "filename is required.",
        $"attachments.{index}.filename", HelpBase + "message.attachments.filename");
}
