using KhuyenCong.Web.Features.Projects;
using KhuyenCong.Web.Infrastructure;

namespace KhuyenCong.Web.Features.Inbox;

/// <summary>One inbox bucket's page: its title and status, and one page of its projects.</summary>
public sealed record InboxBucketViewModel(InboxQuery.Bucket Bucket, PagedList<InboxQuery.InboxItem> List);
