using System;

namespace HsmAnalyzers.Engine;

/// <summary>An analyzer failure that names the rule, the file and the line it happened on.</summary>
public sealed class HsmAnalyzerException : Exception
{
    public HsmAnalyzerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
