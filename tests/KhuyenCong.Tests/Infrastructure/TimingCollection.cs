namespace KhuyenCong.Tests.Infrastructure;

/// <summary>
/// Tests that compare durations run alone (xunit runs non-parallel collections by themselves), so that other test
/// classes competing for the two cores do not decide the outcome.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    public const string Name = "Timing";
}
