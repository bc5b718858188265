using KhuyenCong.Tests.Infrastructure;
using KhuyenCong.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KhuyenCong.Tests.Integration.Documents;

/// <summary>
/// An uploaded template's file is stored before its row is saved; the template upload records it through the
/// attachments' one path (<see cref="AttachmentStorage.RecordAsync"/>), so a save or audit that fails leaves no file
/// behind and the refusal still reaches the form.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class TemplateFileCleanupTests(PortalFactory portal)
{
    [Fact]
    public async Task RecordAsync_SaveFails_FileRemovedAndTheFailureGoesOn()
    {
        var storage = portal.Services.GetRequiredService<AttachmentStorage>();
        Directory.CreateDirectory(storage.Folder);
        var storedName = $"{Guid.NewGuid():N}.bin";
        await File.WriteAllBytesAsync(storage.PathOf(storedName), [1, 2, 3]);
        var upload = new StoredUpload("mau.docx", "application/octet-stream", false, 3, storedName);

        await Assert.ThrowsAsync<DbUpdateException>(() =>
            storage.RecordAsync(upload, () => throw new DbUpdateException("Lưu không thành công")));

        Assert.False(File.Exists(storage.PathOf(storedName)));
    }

    [Fact]
    public async Task RecordAsync_SaveSucceeds_FileKept()
    {
        var storage = portal.Services.GetRequiredService<AttachmentStorage>();
        Directory.CreateDirectory(storage.Folder);
        var storedName = $"{Guid.NewGuid():N}.bin";
        await File.WriteAllBytesAsync(storage.PathOf(storedName), [1, 2, 3]);

        await storage.RecordAsync(new StoredUpload("mau.docx", "application/octet-stream", false, 3, storedName),
            () => Task.CompletedTask);

        Assert.True(File.Exists(storage.PathOf(storedName)));
        File.Delete(storage.PathOf(storedName));
    }
}
