using System;
using System.Collections.Generic;

namespace HsmAnalyzers.Review;

internal enum ReportFormat
{
    Text,
    Sarif,
    Github,
}

/// <summary>The lowest severity that makes the exit code 1; <see cref="None"/> never does.</summary>
internal enum FailOn
{
    Info,
    Warning,
    Error,
    None,
}

internal sealed record ReviewOptions(string InputPath, ReportFormat Format, string? OutputPath, string? DiffBase, bool Fix, FailOn FailOn)
{
    public const string Usage = """
        Usage: hsm-review <path to .sln, .slnx or .csproj> [options]

        Runs the HsmAnalyzers rules on the solution or project (restore it first).

        Options:
          --format sarif|github|text        report format (default: text)
          --output FILE                     write the report to FILE instead of stdout
          --diff-base GIT-REF               only findings on lines added or changed since GIT-REF (git diff GIT-REF)
          --fix                             apply every available fix (Fix All per rule and file) and write the files
          --fail-on error|warning|info|none exit code 1 when a finding is at or above this severity (default: error)
          -h, --help                        show this help

        Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unusable arguments or input.

        """;

    /// <summary>The options, or null when help was asked for.</summary>
    public static ReviewOptions? Parse(IReadOnlyList<string> args)
    {
        string? input = null, output = null, diffBase = null;
        var format = ReportFormat.Text;
        var failOn = FailOn.Error;
        var fix = false;
        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = Split(args[i]);
            switch (name)
            {
                case "-h" or "--help" or "-?":
                    return null;
                case "--fix":
                    fix = inlineValue is null ? true : throw new ReviewException("--fix takes no value");
                    break;
                case "--format":
                    format = Value() switch
                    {
                        "sarif" => ReportFormat.Sarif,
                        "github" => ReportFormat.Github,
                        "text" => ReportFormat.Text,
                        var other => throw new ReviewException($"unknown --format '{other}' (expected sarif, github or text)"),
                    };
                    break;
                case "--fail-on":
                    failOn = Value() switch
                    {
                        "error" => FailOn.Error,
                        "warning" => FailOn.Warning,
                        "info" => FailOn.Info,
                        "none" => FailOn.None,
                        var other => throw new ReviewException($"unknown --fail-on '{other}' (expected error, warning, info or none)"),
                    };
                    break;
                case "--output":
                    output = Value();
                    break;
                case "--diff-base":
                    diffBase = Value();
                    // Handed to git: a leading dash would be read as an option.
                    if (diffBase.StartsWith('-'))
                    {
                        throw new ReviewException($"--diff-base '{diffBase}' is not a git reference");
                    }

                    break;
                case var option when option.StartsWith('-'):
                    throw new ReviewException($"unknown option '{option}' (see --help)");
                default:
                    input = input is null ? args[i] : throw new ReviewException($"one input path expected, got '{input}' and '{args[i]}'");
                    break;
            }

            string Value()
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                return string.IsNullOrEmpty(value) ? throw new ReviewException($"{name} needs a value") : value;
            }
        }

        return input is null
            ? throw new ReviewException("no input: give the path of a .sln, .slnx or .csproj (see --help)")
            : new ReviewOptions(input, format, output, diffBase, fix, failOn);
    }

    private static (string Name, string? Value) Split(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return argument.StartsWith("--", StringComparison.Ordinal) && equals > 0
            ? (argument[..equals], argument[(equals + 1)..])
            : (argument, null);
    }
}
