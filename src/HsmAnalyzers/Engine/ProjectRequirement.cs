using System.Collections.Concurrent;
using System.Collections.Generic;
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
internal sealed class ProjectRequirement
{
    private readonly ConcurrentBag<Location> _sites = new();
    private int _satisfied;

    public void AddSite(Location location) => _sites.Add(location);

    public void Satisfy() => Interlocked.Exchange(ref _satisfied, 1);

    /// <summary>The sites to report, in source order; none once the requirement is satisfied.</summary>
    public IEnumerable<Location> UnsatisfiedSites() =>
        Volatile.Read(ref _satisfied) == 1
            ? Enumerable.Empty<Location>()
            : _sites.OrderBy(l => l.SourceTree?.FilePath, System.StringComparer.Ordinal).ThenBy(l => l.SourceSpan.Start);
}
