using KhuyenCong.Domain.Common;

namespace KhuyenCong.Web.Infrastructure.Refusals;

/// <summary>
/// A refusal that names several parts of one form (a plan decision's projects, each with its reason): the parts are
/// handed to the page's rows, then the refusal goes on to <see cref="RefusalResults"/>, which shows the form again
/// with the whole reason. So a controller places the reasons without catching anything itself.
/// </summary>
public static class RefusalParts
{
    public static T Spread<T, TRefusal>(Func<T> build, Action<TRefusal> toRows) where TRefusal : DomainException
    {
        try
        {
            return build();
        }
        catch (TRefusal refusal)
        {
            toRows(refusal);
            throw;
        }
    }
}
