using System;
using System.Collections.Immutable;
using HsmAnalyzers.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HsmAnalyzers.Rules;

/// <summary>HSM1206: a string literal, or the text of an interpolated string, that holds a SAS token with its
/// signature. The heuristic: a <c>sig=</c> parameter whose value starts with a base64 or URL-encoding character
/// (letter, digit, <c>%</c>, <c>+</c>, <c>/</c>, <c>=</c>, <c>-</c>, <c>_</c>), and at least one other SAS parameter (<c>sv</c>, <c>se</c>, <c>sp</c>, <c>sr</c>, <c>st</c>,
/// <c>spr</c>, <c>ss</c>, <c>srt</c>); a parameter starts the text or follows <c>?</c> or <c>&amp;</c>.</summary>
public sealed class HSM1206SasTokenInSourceRule : HsmRule
{
    private const string Signature = "sig=";

    private static readonly string[] OtherParameters = ["sv=", "se=", "sp=", "sr=", "st=", "spr=", "ss=", "srt="];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.HSM1206SasTokenInSource);

    private protected override void OnSdkCompilationStart(HsmCompilationStartContext context) =>
        context.RegisterStringLiteralAction(
            (analysis, node) =>
            {
                var text = node switch
                {
                    LiteralExpressionSyntax literal => literal.Token.ValueText,
                    InterpolatedStringTextSyntax interpolatedText => interpolatedText.TextToken.ValueText,
                    _ => string.Empty,
                };
                if (text.Contains(Signature) && IsSasToken(text))
                {
                    analysis.ReportDiagnostic(Diagnostic.Create(Descriptors.HSM1206SasTokenInSource, node.GetLocation()));
                }
            });

    internal static bool IsSasToken(string text) => HasSignature(text) && Array.Exists(OtherParameters, parameter => HasParameter(text, parameter));

    /// <summary>A <c>sig=</c> parameter with a value: <c>"sig={0}"</c> or <c>$"sig={signature}"</c> write no signature.</summary>
    private static bool HasSignature(string text)
    {
        for (var start = FindParameter(text, Signature, 0); start >= 0; start = FindParameter(text, Signature, start + 1))
        {
            var valueStart = start + Signature.Length;
            if (valueStart < text.Length && IsSignatureCharacter(text[valueStart]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasParameter(string text, string parameter) => FindParameter(text, parameter, 0) >= 0;

    /// <summary>The position of <paramref name="parameter"/> where it starts the text or follows '?' or '&amp;'; -1 if none.</summary>
    private static int FindParameter(string text, string parameter, int from)
    {
        for (var index = text.IndexOf(parameter, from, StringComparison.Ordinal); index >= 0; index = text.IndexOf(parameter, index + 1, StringComparison.Ordinal))
        {
            if (index == 0 || text[index - 1] is '?' or '&')
            {
                return index;
            }
        }

        return -1;
    }

    private static bool IsSignatureCharacter(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '%' or '+' or '/' or '=' or '-' or '_';
}
