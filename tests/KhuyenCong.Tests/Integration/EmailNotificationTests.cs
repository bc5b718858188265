using System.Net;
using KhuyenCong.Data.Seeding;
using KhuyenCong.Domain.Common;
using KhuyenCong.Domain.Projects;
using KhuyenCong.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace KhuyenCong.Tests.Integration;

/// <summary>
/// E-mail copies of notifications through a real SMTP server started by the test: what arrives, in whose language,
/// for whom (not those who turned e-mail off), and that a failing mail server neither fails nor delays the step.
/// </summary>
public sealed class EmailNotificationTests
{
    [Fact]
    public async Task ProjectSubmitted_MailArrivesInTheRecipientsLanguage_NotForWhoTurnedEmailOff()
    {
        using var smtp = new TestSmtpServer();
        using var portal = new EmailPortalFactory(smtp.Port);
        var english = await portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        var optedOut = await portal.CreateUserAsync(RoleNames.DepartmentOfficer);
        await portal.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == english.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, "en"));
            return await db.Users.Where(u => u.Id == optedOut.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailOptOut, true));
        });

        var id = await SubmitAsync(portal, "Máy sấy cam (thư)");
        var code = (await portal.ProjectAsync(id)).Code;

        var appraiser = (await portal.FindUserAsync(DemoAccounts.HoaBinhDepartment))!.Email!;
        var mail = await smtp.WaitForAsync(m => To(m, appraiser) && (m.TextBody ?? "").Contains(code));
        Assert.NotNull(mail);
        Assert.StartsWith("[Khuyến công] Đề án " + code, mail.Subject);
        Assert.Contains($"{EmailPortalFactory.PortalUrl}/Projects/Details/{id}", mail.TextBody);
        Assert.Equal("khuyencong@khuyencong.test", mail.From.Mailboxes.Single().Address);
        var inEnglish = await smtp.WaitForAsync(m => To(m, english.Email!) && (m.TextBody ?? "").Contains(code));
        Assert.NotNull(inEnglish);
        Assert.Contains($"Project {code}", inEnglish.Subject);
        Assert.Contains("was submitted and awaits base appraisal", inEnglish.TextBody);

        // Turned off: the notification is in the portal, no mail is queued.
        Assert.True(await portal.WithDbAsync(db => db.Notifications.AnyAsync(n => n.UserId == optedOut.Id)));
        Assert.False(await portal.WithDbAsync(db => db.EmailOutbox.AnyAsync(m => m.ToAddress == optedOut.Email)));
        Assert.DoesNotContain(smtp.Messages, m => To(m, optedOut.Email!));
        Assert.True(await portal.WithDbAsync(db => db.EmailOutbox.AnyAsync(m => m.ToAddress == appraiser
            && m.SentAtUtc != null && m.Attempts == 1)));
    }

    [Fact]
    public async Task FailingMailServer_StepSucceedsAtOnce_MailRetriedLaterWithTheErrorKept()
    {
        using var smtp = new TestSmtpServer(refuse: true);
        using var portal = new EmailPortalFactory(smtp.Port);

        var id = await SubmitAsync(portal, "Máy sấy cam (máy chủ thư lỗi)");

        Assert.Equal(ProjectStatus.Submitted, (await portal.ProjectAsync(id)).Status);
        var appraiser = (await portal.FindUserAsync(DemoAccounts.HoaBinhDepartment))!.Email!;
        // The sender tries within a second or two, is refused, and puts the next try a minute later.
        for (var i = 0; i < 300 && !await FailedOnceAsync(portal, appraiser); i++) await Task.Delay(100);
        var row = await portal.WithDbAsync(db => db.EmailOutbox.AsNoTracking()
            .SingleAsync(m => m.ToAddress == appraiser && m.Notification.Link == $"/Projects/Details/{id}"));
        Assert.Null(row.SentAtUtc);
        Assert.Null(row.AbandonedAtUtc);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("SmtpCommandException", row.LastError);
        Assert.True(row.NextAttemptAtUtc > DateTime.UtcNow.AddSeconds(30));
        Assert.Null(row.ClaimToken);
        Assert.Empty(smtp.Messages);
    }

    private static bool To(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    private static Task<bool> FailedOnceAsync(PortalFactory portal, string address) =>
        portal.WithDbAsync(db => db.EmailOutbox.AnyAsync(m => m.ToAddress == address && m.Attempts > 0));

    /// <summary>Phú Thọ's Sở drafts and submits a proposal at Cao Phong; the step answers at once.</summary>
    private static async Task<int> SubmitAsync(PortalFactory portal, string name)
    {
        var drafter = await portal.ClientAsync(DemoAccounts.PhuThoDepartment);
        var fields = ProjectData.Draft(await portal.OrganisationIdAsync(DemoOrganisations.PhuThoCentre),
            await portal.ContentIdAsync("ND04"), await portal.EstablishmentIdAsync("Hợp tác xã Cam Cao Phong"), name);
        var id = await drafter.CreateDraftAsync(fields);
        var started = DateTime.UtcNow;
        await Expect.StatusAsync(HttpStatusCode.Redirect, await drafter.StepAsync(portal, id, "Submit"));
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
        return id;
    }
}
