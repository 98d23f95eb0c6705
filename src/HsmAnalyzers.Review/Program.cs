using System;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using Microsoft.Build.Locator;

namespace HsmAnalyzers.Review;

internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            var options = CommandLine.Parse(args);
            if (options is null)
            {
                return ExitCodes.Clean;
            }

            RegisterMsBuild();
            return RunAsync(options).GetAwaiter().GetResult();
        }
        catch (ReviewException e)
        {
            return Fail(e.Message);
        }
        catch (Exception e)
        {
            // A bug or an environment problem still gets the one-line contract: CI logs stay readable.
            return Fail($"unexpected {e.GetType().Name}: {e.Message}");
        }
    }

    private static int Fail(string reason)
    {
        Console.Error.WriteLine("hsm-review: " + reason.ReplaceLineEndings(" "));
        return ExitCodes.Unusable;
    }

    private static void RegisterMsBuild()
    {
        try
        {
            MSBuildLocator.RegisterDefaults();
        }
        catch (InvalidOperationException e)
        {
            throw new ReviewException("no .NET SDK with MSBuild found: " + e.Message);
        }
    }

    // Separate and never inlined: the workspace types must not be loaded before the locator has registered the
    // SDK's MSBuild, and the JIT loads the types a method uses when it compiles that method.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<int> RunAsync(ReviewOptions options) => Reviewer.RunAsync(options);
}
