namespace HsmAnalyzers.Rules;

/// <summary>The soft-delete retention Managed HSM accepts, shared by HSM1003 and HSM1004.</summary>
internal static class SoftDeleteRetention
{
    public const int MinimumDays = 7;
    public const int MaximumDays = 90;

    public static bool IsInRange(object? value) => value is not int days || days is >= MinimumDays and <= MaximumDays;
}
