using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace HsmAnalyzers.Engine;

internal enum RequirementRole
{
    /// <summary>The invocation has nothing to do with the requirement.</summary>
    None,

    /// <summary>The invocation needs the requirement met (say, it creates a Managed HSM).</summary>
    Site,

    /// <summary>The invocation meets the requirement for every site of the project.</summary>
    Satisfier,
}

/// <summary>
/// A requirement on the whole project: sites that need something (say, each Managed HSM creation needs a
/// diagnostic setting somewhere) are collected while the compilation is analyzed, and reported at its end unless
/// something satisfied them. The only state kept is the sites' locations and one flag, so the end is cheap.
/// </summary>
/// <remarks>
/// An unmet requirement is one finding, not one per site: what is missing is missing once for the project, and one
/// satisfier meets it for every site. The finding sits on the first site in source order (file path, then position),
/// where its fix goes; the other sites are its additional locations, so that a reviewer sees them all and Fix All,
/// which fixes each finding once, makes one change, as <c>hsm-review</c> reports one finding.
/// </remarks>
internal sealed class ProjectRequirement
{
    private readonly ConcurrentBag<Location> _sites = new();
    private int _satisfied;

    public void AddSite(Location location) => _sites.Add(location);

    public void Satisfy() => Interlocked.Exchange(ref _satisfied, 1);

    /// <summary>The finding to report: the first site and the others; null once the requirement is satisfied or
    /// when no site was seen.</summary>
    public UnmetRequirement? Unmet()
    {
        if (Volatile.Read(ref _satisfied) == 1)
        {
            return null;
        }

        var sites = _sites.OrderBy(l => l.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(l => l.SourceSpan.Start).ToImmutableArray();
        return sites.IsEmpty ? null : new UnmetRequirement(sites[0], sites.RemoveAt(0));
    }
}

/// <summary>An unmet <see cref="ProjectRequirement"/>: where it is reported, and the project's other sites.</summary>
internal readonly struct UnmetRequirement
{
    public UnmetRequirement(Location location, ImmutableArray<Location> additionalLocations)
    {
        Location = location;
        AdditionalLocations = additionalLocations;
    }

    public Location Location { get; }

    public ImmutableArray<Location> AdditionalLocations { get; }
}
