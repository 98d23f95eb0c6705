using System;
using System.IO;
using System.Threading.Tasks;
using HsmAnalyzers.Tests.Infrastructure;

namespace HsmAnalyzers.Tests.EndToEnd;

/// <summary>Packs the NuGet package, consumes it from a local folder feed in a fresh project, and checks what a user
/// sees with real <c>dotnet build</c> and <c>dotnet format</c> runs.</summary>
public sealed class PackageEndToEndTests : IAsyncLifetime
{
    private const string Provisioning = """
        using System;
        using System.Threading.Tasks;
        using Azure;
        using Azure.Core;
        using Azure.ResourceManager;
        using Azure.ResourceManager.KeyVault;
        using Azure.ResourceManager.KeyVault.Models;
        using Azure.ResourceManager.Resources;
        using Azure.Security.KeyVault.Administration;

        namespace Consumer;

        public static class Provisioning
        {
            public static Task<ArmOperation<ManagedHsmResource>> CreateAsync(ResourceGroupResource group, Guid tenant)
            {
                var data = new ManagedHsmData(AzureLocation.WestEurope)
                {
                    Properties = new ManagedHsmProperties
                    {
                        Regions = { new ManagedHsmGeoReplicatedRegion { Name = "northeurope" } },
                        TenantId = tenant,
                    },
                };
                return group.GetManagedHsms().CreateOrUpdateAsync(WaitUntil.Completed, "hsm", data);
            }

            public static async Task BackUpAsync(KeyVaultBackupClient backups, Uri container) =>
                await (await backups.StartBackupAsync(container)).WaitForCompletionAsync();
        }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hsm-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly string _version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss");

    private string ProjectDirectory => Path.Combine(_root, "Consumer");

    private string SourcePath => Path.Combine(ProjectDirectory, "Provisioning.cs");

    public async Task InitializeAsync()
    {
        var feed = Path.Combine(_root, "feed");
        Directory.CreateDirectory(ProjectDirectory);
        var pack = await DotnetCli.RunAsync(
            Package.RepositoryRoot,
            "pack", Path.Combine("src", "HsmAnalyzers.Package", "HsmAnalyzers.Package.csproj"),
            "-o", feed, "-p:PackageVersion=" + _version, "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.Output);

        // A project outside the repository, as a user has it: the package from the folder feed, the Azure SDK from
        // the registry and, for the Managed HSM packages the registry does not serve, the stand-in assemblies.
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="hsm-e2e" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(ProjectDirectory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <UseSharedCompilation>false</UseSharedCompilation>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="HsmAnalyzers" Version="{_version}" PrivateAssets="all" />
                <PackageReference Include="Azure.Core" Version="1.64.0" />
                <PackageReference Include="Azure.ResourceManager" Version="1.7.0" />
                <Reference Include="Azure.ResourceManager.KeyVault" HintPath="{Path.Combine(AppContext.BaseDirectory, "Azure.ResourceManager.KeyVault.dll")}" />
                <Reference Include="Azure.Security.KeyVault.Administration" HintPath="{Path.Combine(AppContext.BaseDirectory, "Azure.Security.KeyVault.Administration.dll")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(SourcePath, Provisioning);
        var restore = await DotnetCli.RunAsync(ProjectDirectory, "restore");
        Assert.True(restore.ExitCode == 0, restore.Output);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server still holding a file must not fail the test; the folder is in the temp directory.
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task BuildReportsFormatFixesAndConfigurationApplies()
    {
        var build = await BuildAsync();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning HSM1001", build.Output);

        var warningsAsErrors = await BuildAsync("-warnaserror");
        Assert.NotEqual(0, warningsAsErrors.ExitCode);
        Assert.Contains("error HSM1001", warningsAsErrors.Output);

        var strict = await BuildAsync("-p:HsmAnalyzersPreset=strict");
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error HSM1001", strict.Output);

        var off = await BuildAsync("-p:HsmAnalyzersPreset=none");
        Assert.True(off.ExitCode == 0, off.Output);
        Assert.DoesNotContain("HSM1001", off.Output);

        var editorConfig = Path.Combine(ProjectDirectory, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.HSM1001.severity = none\n");
        var silenced = await BuildAsync();
        Assert.True(silenced.ExitCode == 0, silenced.Output);
        Assert.DoesNotContain("HSM1001", silenced.Output);

        // The user's .editorconfig wins over the preset.
        File.WriteAllText(editorConfig, "root = true\n\n[*.cs]\ndotnet_diagnostic.HSM1001.severity = warning\n");
        var overridden = await BuildAsync("-p:HsmAnalyzersPreset=strict");
        Assert.Contains("warning HSM1001", overridden.Output);
        Assert.DoesNotContain("error HSM1001", overridden.Output);
        File.Delete(editorConfig);

        var format = await DotnetCli.RunAsync(ProjectDirectory, "format", "analyzers", "Consumer.csproj", "--diagnostics", "HSM1001", "--severity", "info", "--no-restore");
        Assert.True(format.ExitCode == 0, format.Output);
        Assert.Equal(Provisioning.Replace("TenantId = tenant,", "TenantId = tenant,\n                EnablePurgeProtection = true"), File.ReadAllText(SourcePath).ReplaceLineEndings("\n"));

        var fixedBuild = await BuildAsync();
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.DoesNotContain("HSM1001", fixedBuild.Output);
    }

    private Task<(int ExitCode, string Output)> BuildAsync(params string[] extra) =>
        DotnetCli.RunAsync(ProjectDirectory, ["build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:UseSharedCompilation=false", .. extra]);
}
