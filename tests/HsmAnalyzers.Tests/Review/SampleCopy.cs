using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.EndToEnd;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.Review;

/// <summary>A risky sample (the ARM SDK's by default, or the Azure.Provisioning one) copied to a temporary folder, in
/// a project of its own that references the stand-ins of the Azure SDK as built for the tests, so that a test can
/// edit, fix, commit and build it without touching the repository.</summary>
internal sealed class SampleCopy : IDisposable
{
    private readonly string _project;
    private readonly string _source;

    private SampleCopy(string root, string project, string source)
    {
        Root = root;
        _project = project;
        _source = source;
    }

    public string Root { get; }

    public string ProjectPath => Path.Combine(Root, _project, _project + ".csproj");

    public string SourcePath => Path.Combine(Root, _project, _source);

    /// <summary>samples/RiskyProvisioning/HsmProvisioner.cs as Risky/HsmProvisioner.cs.</summary>
    public static Task<SampleCopy> CreateAsync(bool withGlobalConfig = true, bool inGitRepository = false) =>
        CreateAsync("RiskyProvisioning", "Risky", "HsmProvisioner.cs", withGlobalConfig, inGitRepository);

    /// <summary>samples/ProvisionedInfrastructure/HsmInfrastructure.cs as Provisioned/HsmInfrastructure.cs.</summary>
    public static Task<SampleCopy> CreateProvisionedAsync(bool inGitRepository = false) =>
        CreateAsync("ProvisionedInfrastructure", "Provisioned", "HsmInfrastructure.cs", withGlobalConfig: true, inGitRepository);

    private static async Task<SampleCopy> CreateAsync(string sampleName, string project, string source, bool withGlobalConfig, bool inGitRepository)
    {
        var copy = new SampleCopy(Path.Combine(Path.GetTempPath(), "hsm-review-" + Guid.NewGuid().ToString("N")), project, source);
        var sample = Path.Combine(Package.RepositoryRoot, "samples", sampleName);
        Directory.CreateDirectory(Path.GetDirectoryName(copy.SourcePath)!);
        File.Copy(Path.Combine(sample, source), copy.SourcePath);
        if (withGlobalConfig)
        {
            File.Copy(Path.Combine(sample, ".globalconfig"), Path.Combine(copy.Root, project, ".globalconfig"));
        }

        var references = Directory.EnumerateFiles(AppContext.BaseDirectory, "Azure.*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => $"""    <Reference Include="{path}" />""");
        File.WriteAllText(copy.ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Library</OutputType>
                <Nullable>enable</Nullable>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
              <ItemGroup>
            {string.Join("\n", references)}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(copy.Root, ".gitignore"), "bin/\nobj/\n");

        var restore = await DotnetCli.RunAsync(copy.Root, "restore", copy.ProjectPath);
        Assert.True(restore.ExitCode == 0, restore.Output);
        if (inGitRepository)
        {
            await copy.GitAsync("init", "-q");
            await copy.CommitAsync("The sample");
        }

        return copy;
    }

    public async Task CommitAsync(string message)
    {
        await GitAsync("add", "-A");
        await GitAsync("-c", "user.name=hsm-review tests", "-c", "user.email=tests@example.invalid", "commit", "-q", "-m", message);
    }

    public async Task GitAsync(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {await error}");
    }

    /// <summary>Replaces one piece of the sample's source, which must be there.</summary>
    public void Edit(string oldText, string newText)
    {
        var source = File.ReadAllText(SourcePath);
        Assert.Contains(oldText, source);
        File.WriteAllText(SourcePath, source.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file for a moment; the temporary folder is left to the OS then.
        }
    }
}
