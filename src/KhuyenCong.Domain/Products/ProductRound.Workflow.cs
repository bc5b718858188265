using KhuyenCong.Domain.Common;

namespace KhuyenCong.Domain.Products;

/// <summary>
/// The round's lifecycle as data, as projects have theirs (Project.AllowedSteps): which steps each state allows. Every
/// step method checks it first and throws <see cref="WorkflowException"/> (409) with its own reason; the pages offer a
/// step's form, and the inbox counts work, only where it allows the step.
/// </summary>
public partial class ProductRound
{
    public static readonly IReadOnlyDictionary<RoundStatus, ProductAction[]> AllowedSteps =
        new Dictionary<RoundStatus, ProductAction[]>
        {
            [RoundStatus.Open] =
            [
                ProductAction.AssignMember, ProductAction.SetNominationQuota, ProductAction.StartScoring,
                ProductAction.RegisterEntry, ProductAction.EditEntry, ProductAction.AttachFile,
                ProductAction.DecideEligibility, ProductAction.Recuse,
                // A package is returned only while it can still be sent again.
                ProductAction.SendNomination, ProductAction.ReturnNomination, ProductAction.AcceptNomination,
            ],
            [RoundStatus.Scoring] =
            [
                ProductAction.AssignMember, ProductAction.RecordQuorumException, ProductAction.Decide,
                ProductAction.AttachFile, ProductAction.DecideEligibility, ProductAction.Score, ProductAction.Recuse,
            ],
            [RoundStatus.Decided] =
                [ProductAction.IssueCertificates, ProductAction.IssueCertificate, ProductAction.Close],
        };

    /// <summary>The states after the recognition decision: the decision and its results are public.</summary>
    public static readonly IReadOnlyList<RoundStatus> DecidedStatuses = [RoundStatus.Decided, RoundStatus.Closed];

    /// <summary>Whether the recognition decision is recorded (<see cref="DecidedStatuses"/>).</summary>
    public bool HasDecision => DecidedStatuses.Contains(Status);

    /// <summary>Whether the round's state allows the step now.</summary>
    public bool Allows(ProductAction action) =>
        AllowedSteps.TryGetValue(Status, out var steps) && steps.Contains(action);

    /// <summary>The states in which the step may be taken: the same table, as a list for queries.</summary>
    public static IReadOnlyList<RoundStatus> StatusesAllowing(ProductAction action) =>
        [.. AllowedSteps.Where(s => s.Value.Contains(action)).Select(s => s.Key)];

    /// <summary>
    /// Refuses the step (409) with <paramref name="messageKey"/> when the round's state does not allow it.
    /// </summary>
    public void RequireStep(ProductAction action, string messageKey, params object?[] arguments)
    {
        if (!Allows(action)) throw new WorkflowException(messageKey, arguments);
    }
}
