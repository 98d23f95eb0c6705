using System;
using System.IO;
using System.Linq;
using HsmAnalyzers.Catalogue;

// dotnet run --project tools/HsmAnalyzers.Catalogue [-- --check]
// Writes the generated files (or, with --check, lists those that differ and exits 1), then checks that every ID has
// its page and its release-tracking line.
var check = args.Contains("--check");
var root = RepositoryRoot.Find(Directory.GetCurrentDirectory()) ?? RepositoryRoot.Find(AppContext.BaseDirectory);
if (root is null)
{
    Console.Error.WriteLine("HsmAnalyzers.sln not found above the current directory.");
    return 2;
}

var catalogue = RuleCatalogue.Load(root);
var files = CatalogueFiles.Render(catalogue, root);
var stale = CatalogueFiles.Stale(files, root);
if (check)
{
    foreach (var path in stale)
    {
        Console.Error.WriteLine($"{path} is not what the catalogue makes: run `{CatalogueFiles.Command}`.");
    }
}
else
{
    CatalogueFiles.Write(files.Where(file => stale.Contains(file.Path)), root);
    foreach (var path in stale)
    {
        Console.WriteLine($"wrote {path}");
    }
}

var problems = CatalogueFiles.MissingPages(catalogue, root).Select(page => $"{page} is missing: write the rule's page (first line '# ID: title').")
    .Concat(ReleaseTracking.Problems(catalogue, root))
    .Concat(RetiredRules.Problems(catalogue, root))
    .ToList();
foreach (var problem in problems)
{
    Console.Error.WriteLine(problem);
}

Console.WriteLine($"{catalogue.AnalyzerRules.Length} rules, {catalogue.BuildWarnings.Length} build warning(s), {files.Count} generated files, {stale.Count} {(check ? "stale" : "updated")}.");
return problems.Count > 0 || (check && stale.Count > 0) ? 1 : 0;
