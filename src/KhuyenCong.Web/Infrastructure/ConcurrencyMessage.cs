using KhuyenCong.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace KhuyenCong.Web.Infrastructure;

public static class ConcurrencyMessage
{
    public const string Text =
        "Hồ sơ này vừa được người khác thay đổi (changed by someone else). Thay đổi của bạn chưa được lưu; những gì " +
            "bạn nhập vẫn còn " +
        "trên trang. Hãy mở bản mới ở thẻ khác để đối chiếu, rồi bấm lưu lần nữa nếu vẫn muốn ghi.";

    /// <summary>
    /// After a conflict: the message, and the form's version moved to the one now stored, so that the user —
    /// who keeps what they typed — can save again deliberately instead of conflicting forever.
    /// </summary>
    public static async Task<long?> ShowAsync(
        ModelStateDictionary modelState, DbUpdateConcurrencyException conflict, string message, CancellationToken ct)
    {
        modelState.AddModelError("", message);
        modelState.Remove("Version");
        foreach (var entry in conflict.Entries.Where(e => e.Entity is IAuditable))
        {
            var stored = await entry.GetDatabaseValuesAsync(ct);
            if (stored is not null) return stored.GetValue<long>(nameof(IAuditable.Version));
        }
        return null;
    }
}
