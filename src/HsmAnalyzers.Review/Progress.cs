using System;
using System.IO;
using Microsoft.CodeAnalysis.MSBuild;

namespace HsmAnalyzers.Review;

/// <summary>Progress for a person watching a terminal; silent when stderr is redirected (CI logs, review bots).</summary>
internal sealed class Progress(TextWriter? terminal)
{
    public static Progress ForConsole() => new(Console.IsErrorRedirected ? null : Console.Error);

    public IProgress<ProjectLoadProgress>? Loading() => terminal is null
        ? null
        : new Reporter<ProjectLoadProgress>(load =>
        {
            // Evaluate and build come before resolve, the last step: one line per project is enough.
            if (load.Operation == ProjectLoadOperation.Resolve)
            {
                Report($"Loaded {Path.GetFileName(load.FilePath)}{(load.TargetFramework is null ? "" : $" ({load.TargetFramework})")}");
            }
        });

    public void Report(string line) => terminal?.WriteLine(line);

    /// <summary>Reports on the calling thread: <see cref="Progress{T}"/> would post to the thread pool and let lines
    /// arrive after the report.</summary>
    private sealed class Reporter<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
