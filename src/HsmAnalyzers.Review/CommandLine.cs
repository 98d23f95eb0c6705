using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Linq;

namespace HsmAnalyzers.Review;

/// <summary>The command line, on System.CommandLine: its help, <c>--version</c> and response files (<c>@FILE</c>),
/// with the tool's own one-line reasons for wrong arguments.</summary>
internal static class CommandLine
{
    /// <summary>The help is this wide whatever the terminal, so that the documented usage is the printed one (every
    /// description fits on its line: wrapped lines would end in spaces).</summary>
    private const int HelpWidth = 120;

    private static readonly Argument<string?> Input = new("path")
    {
        Description = "The .sln, .slnx or .csproj to review (restore it first).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static readonly Option<ReportFormat?> Format = new("--format")
    {
        Description = "text (default), sarif, github, rdjson (reviewdog) or diff (every fix).",
        HelpName = "text|sarif|github|rdjson|diff",
        CustomParser = result => Named<ReportFormat?>(result, "--format", null, ("text", ReportFormat.Text), ("sarif", ReportFormat.Sarif), ("github", ReportFormat.Github), ("rdjson", ReportFormat.Rdjson), ("diff", ReportFormat.Diff)),
    };

    private static readonly Option<string?> Output = new("--output")
    {
        Description = "Write the report to FILE instead of stdout (replaced whole or not at all).",
        HelpName = "FILE",
        CustomParser = result => NonEmpty(result, "--output"),
    };

    private static readonly Option<string?> DiffBase = new("--diff-base")
    {
        Description = "Only findings on lines added or changed since GIT-REF (git diff GIT-REF).",
        HelpName = "GIT-REF",
        // Handed to git: a leading dash would be read as an option.
        CustomParser = result => NonEmpty(result, "--diff-base") is { } value && value.StartsWith('-')
            ? Error<string?>(result, $"--diff-base '{value}' is not a git reference", null)
            : result.Tokens.SingleOrDefault()?.Value,
    };

    private static readonly Option<bool> Fix = new("--fix")
    {
        Description = "Apply every available fix (Fix All per rule and file) and write the files.",
        Arity = ArgumentArity.Zero,
    };

    private static readonly Option<FailOn?> FailOnOption = new("--fail-on")
    {
        Description = "Exit code 1 when a finding is at or above this severity (default: error).",
        HelpName = "error|warning|info|none",
        CustomParser = result => Named<FailOn?>(result, "--fail-on", null, ("error", Review.FailOn.Error), ("warning", Review.FailOn.Warning), ("info", Review.FailOn.Info), ("none", Review.FailOn.None)),
    };

    public static RootCommand Command { get; } = Create();

    /// <summary>The options, or null when help or the version was asked for (and printed).</summary>
    /// <exception cref="ReviewException">The arguments are wrong: the reason, in one line.</exception>
    public static ReviewOptions? Parse(IReadOnlyList<string> args)
    {
        // Arity zero splits --fix=VALUE into --fix and a stray argument: say what is wrong instead.
        if (args.FirstOrDefault(arg => arg.StartsWith("--fix=", StringComparison.Ordinal) || arg.StartsWith("--fix:", StringComparison.Ordinal)) is not null)
        {
            throw new ReviewException("--fix takes no value");
        }

        var result = Command.Parse(args);
        // Help, --version and tab completion are System.CommandLine's actions; the review itself is not one.
        if (result.Action is HelpAction || (result.Action is not null && result.Errors.Count == 0))
        {
            result.Invoke();
            return null;
        }

        if (result.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {
            throw new ReviewException(unmatched.StartsWith('-')
                ? $"unknown option '{unmatched}' (see --help)"
                : $"one input path expected, got '{result.GetValue(Input)}' and '{unmatched}'");
        }

        if (result.Errors.FirstOrDefault() is { } error)
        {
            throw new ReviewException(error.Message);
        }

        return result.GetValue(Input) is { } input
            ? new ReviewOptions(input, result.GetValue(Format) ?? ReportFormat.Text, result.GetValue(Output), result.GetValue(DiffBase), result.GetValue(Fix), result.GetValue(FailOnOption) ?? Review.FailOn.Error)
            : throw new ReviewException("no input: give the path of a .sln, .slnx or .csproj (see --help)");
    }

    private static RootCommand Create()
    {
        var command = new RootCommand(
            "Runs the HsmAnalyzers rules on a solution or project and reports the findings for review bots and CI.\n" +
            "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 unusable arguments or input.")
        {
            Input, Format, Output, DiffBase, Fix, FailOnOption,
        };

        foreach (var option in command.Options)
        {
            if (option.Action is HelpAction help)
            {
                help.MaxWidth = HelpWidth;
            }
            else if (option is not VersionOption)
            {
                option.Validators.Add(result =>
                {
                    if (result.IdentifierTokenCount > 1)
                    {
                        result.AddError($"{result.Option.Name} is given more than once");
                    }
                });
            }
        }

        return command;
    }

    private static T Named<T>(ArgumentResult result, string option, T fallback, params (string Name, T Value)[] values)
    {
        var token = result.Tokens.SingleOrDefault()?.Value;
        if (string.IsNullOrEmpty(token))
        {
            return Error(result, $"{option} needs a value", fallback);
        }

        var match = values.FirstOrDefault(value => value.Name == token);
        return match.Name is not null
            ? match.Value
            : Error(result, $"unknown {option} '{token}' (expected {string.Join(", ", values.SkipLast(1).Select(value => value.Name))} or {values[^1].Name})", fallback);
    }

    private static string? NonEmpty(ArgumentResult result, string option) =>
        result.Tokens.SingleOrDefault()?.Value is { Length: > 0 } value ? value : Error<string?>(result, $"{option} needs a value", null);

    private static T Error<T>(ArgumentResult result, string message, T fallback)
    {
        result.AddError(message);
        return fallback;
    }
}
