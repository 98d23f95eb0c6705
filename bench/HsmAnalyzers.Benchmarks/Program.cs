using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;

namespace HsmAnalyzers.Benchmarks;

/// <summary>The benchmark of issue 8. Every configuration runs on a fresh compilation of the same pre-parsed corpus;
/// each iteration runs all configurations in turn (in a rotating order), so that an A/B difference is taken between
/// runs made moments apart. See README, "Performance".</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Options options;
        try
        {
            options = Options.Parse(args);
        }
        catch (ArgumentException exception)
        {
            Console.Error.WriteLine(exception.Message);
            Console.Error.WriteLine(Options.Usage);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(Options.Usage);
            return 0;
        }

        var allConfigurations = Enum.GetValues<Configuration>()
            .Where(c => c is not (Configuration.CompareA or Configuration.CompareB) || Analyzers.Compared.ContainsKey(c))
            .Where(c => options.Configurations is null || options.Configurations.Contains(c) || c is Configuration.CompareA or Configuration.CompareB)
            .ToArray();
        var report = new Report(options);
        report.Header(
            $"{DateTime.UtcNow:yyyy-MM-dd}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, Roslyn {typeof(Microsoft.CodeAnalysis.Compilation).Assembly.GetName().Version}, {Analyzers.Hsm.Length} HsmAnalyzers, {Analyzers.Net.Length} NetAnalyzers 8.0.0 ({Analyzers.Net.SelectMany(a => a.SupportedDiagnostics).Count(d => d.IsEnabledByDefault && d.DefaultSeverity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)} rules on in the build view), warm-up {options.WarmUp}, iterations {options.Iterations}, {(options.Concurrent ? "concurrent" : "sequential")} analysis");

        var corpora = new List<Corpus>();
        foreach (var files in options.Files)
        {
            corpora.Add(Harness.Create($"miss {files} files", "file", files, withSdk: false, CorpusGenerator.Files(files, hit: false)));
            corpora.Add(Harness.Create($"hit {files} files", "file", files, withSdk: true, CorpusGenerator.Files(files, hit: true)));
        }

        foreach (var lines in options.Lines)
        {
            var file = CorpusGenerator.SingleFile(lines);
            corpora.Add(Harness.Create($"hit 1 file of {lines} lines", "1k lines", CorpusGenerator.CountLines(file.Text), withSdk: true, [file]));
        }

        foreach (var files in options.DenseFiles)
        {
            corpora.Add(Harness.Create($"dense {files} files", "file", files, Analyzers.DenseSdk, DenseCorpusGenerator.Files(files)));
            if (options.DenseCompliant)
            {
                corpora.Add(Harness.Create($"dense compliant {files} files", "file", files, Analyzers.DenseSdk, DenseCorpusGenerator.Files(files, compliant: true)));
            }
        }

        foreach (var lines in options.DenseLines)
        {
            var file = DenseCorpusGenerator.SingleFile(lines);
            corpora.Add(Harness.Create($"dense 1 file of {lines} lines", "1k lines", CorpusGenerator.CountLines(file.Text), Analyzers.DenseSdk, [file]));
        }

        var results = new List<(Corpus Corpus, Dictionary<Configuration, List<Sample>> Samples, Dictionary<string, double> OwnMilliseconds, SortedDictionary<string, int> HsmDiagnostics)>();
        foreach (var corpus in corpora)
        {
            var errors = Harness.Errors(corpus);
            if (errors.Length > 0)
            {
                Console.Error.WriteLine($"{corpus.Name}: the generated code does not compile: {errors[0]}");
                return 1;
            }

            Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {corpus.Name} ({corpus.Trees.Length} files, {corpus.SdkFiles} using the SDK)");
            if (options.PerRuleOnly)
            {
                continue;
            }

            // NetAnalyzers and the bind-once reference on the miss corpora only with --net-on-miss: no target compares
            // them there, and they double the run. The findings reference, alone and next to NetAnalyzers (nothing to
            // report on a miss corpus), runs by default on the dense corpora only, where the findings are many; elsewhere
            // when --configurations names it.
            var configurations = corpus.SdkFiles == 0 && !options.NetOnMiss
                ? allConfigurations.Where(c => c is not (Configuration.Net or Configuration.NetHsm or Configuration.NetFindings or Configuration.BindOnce or Configuration.Findings)).ToArray()
                : allConfigurations;
            configurations = configurations
                .Where(c => c is not (Configuration.Findings or Configuration.NetFindings) || corpus.SdkFiles > 0 && (options.Configurations is not null || corpus.Name.StartsWith("dense", StringComparison.Ordinal)))
                .ToArray();
            if (configurations.Contains(Configuration.Findings) || configurations.Contains(Configuration.NetFindings))
            {
                // The findings are computed once, before the timed runs.
                Analyzers.FindingsOf(corpus, liveOnly: false);
            }

            var samples = configurations.ToDictionary(c => c, _ => new List<Sample>());
            // Warm-up (JIT, caches of the metadata references) before the first corpus only.
            var warmUp = corpus == corpora[0] ? options.WarmUp : 0;
            for (var iteration = -warmUp; iteration < options.IterationsFor(corpus); iteration++)
            {
                for (var k = 0; k < configurations.Length; k++)
                {
                    var configuration = configurations[(k + iteration + warmUp) % configurations.Length];
                    var sample = Harness.Run(corpus, configuration, options.Concurrent);
                    if (iteration >= 0)
                    {
                        samples[configuration].Add(sample);
                    }
                }
            }

            var (own, hsmDiagnostics) = Harness.OwnTime(corpus, options.Concurrent);
            results.Add((corpus, samples, own, hsmDiagnostics));
            Console.Error.WriteLine($"    HsmAnalyzers own ms: {string.Join(", ", own.Select(p => $"{p.Key} {p.Value:F1}"))}");
            Console.Error.WriteLine($"    HSM diagnostics: {string.Join(", ", hsmDiagnostics.Select(p => $"{p.Key} {p.Value}"))}");
            Console.Error.WriteLine($"    median ms: {string.Join(", ", configurations.Select(c => $"{c} {Statistics.Median(samples[c].Select(s => s.Milliseconds)):F0}"))}");
        }

        if (results.Count > 0)
        {
            report.Table(results.Select(r => (r.Corpus, r.Samples)).ToList());
            report.Derived(results);
            report.Save();
        }

        if (options.PerRule)
        {
            foreach (var corpus in corpora.Where(c => c.Name.StartsWith("dense", StringComparison.Ordinal)))
            {
                Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] per-rule timing on {corpus.Name}");
                report.PerRule(RuleTimings.Measure(corpus, options.PerRuleRepeats));
                report.Save();
                Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] per-rule timing next to NetAnalyzers on {corpus.Name}");
                report.PerRuleNextToNet(RuleTimings.MeasureNextToNet(corpus, options.PerRuleRepeats));
                report.Save();
            }
        }

        if (options.IdeDocuments > 0 && !options.PerRuleOnly)
        {
            var ideCorpora = new[]
            {
                options.Files.Length > 0 ? $"hit {options.Files.Min()} files" : null,
                options.DenseFiles.Length > 0 ? $"dense {options.DenseFiles.Min()} files" : null,
                options.DenseFiles.Length > 0 && options.DenseCompliant ? $"dense compliant {options.DenseFiles.Min()} files" : null,
            };
            foreach (var corpus in corpora.Where(c => ideCorpora.Contains(c.Name)))
            {
                Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] IDE view on {corpus.Name}");
                report.Ide(corpus, IdeView.Measure(corpus, options.IdeDocuments, options.IdeRepeats, options.IdeProcessorTime));
            }
        }

        report.Write();
        return 0;
    }
}

internal sealed class Options
{
    public const string Usage = """
        HsmAnalyzers.Benchmarks [--quick | --full] [--dense] [--files 1000,4000] [--lines 1000,4000]
                                [--dense-files 1000,4000] [--dense-lines 1000,4000] [--dense-compliant] [--iterations N] [--warmup N]
                                [--per-rule | --per-rule-only] [--per-rule-repeats N]
                                [--ide-documents N] [--ide-repeats N] [--ide-clock wall|cpu] [--net-on-miss] [--sequential] [--out FILE]
                                [--compare-with LABEL=PATH]... [--configurations LIST]
          --full   (default) files 1000,4000,10000; lines 1000,4000,8000; dense files 1000,4000; dense lines 1000,4000;
                   5 iterations (3 at 4,000 files, 2 at 10,000) after 1 warm-up; IDE view on 200 documents, 15 repeats
          --quick  files 1000; lines 1000; dense files 1000; no dense single file; 5 iterations after 1 warm-up;
                   IDE view on 40 documents, 7 repeats
          --dense  only the dense corpora (every file provisioning code; issue 14), whatever else the switches say:
                   dense files 1000,4000 and dense lines 1000,4000 unless --dense-files / --dense-lines say otherwise
          --dense-compliant  also the compliant variant of each dense file corpus: the same code written the recommended
                   way, where HsmAnalyzers find nothing (IDE view on it too)
          --per-rule       also time each rule inside the hosts on the dense corpora (sequential analysis, every body
                           bound before the rules run; --per-rule-repeats, default 3, after one uncounted run), and
                           again next to NetAnalyzers with nothing bound beforehand, against the whole run's time
          --per-rule-only  only that: no timed configurations, no IDE view
          --ide-clock  cpu: time the IDE view's documents with the processor time of the process (every thread)
                   instead of wall time, so that a busy machine's other processes do not count (Linux; wall elsewhere)
          --net-on-miss  also run the NetAnalyzers and bind-once configurations on the miss corpora (no target needs them)
          --out    also write the Markdown report to FILE (its finished sections as the run goes)
          --compare-with  another build of HsmAnalyzers as an extra configuration (at most two), measured in the same
                   rotation on the same corpora: PATH is its assembly or a folder with one HsmAnalyzers*.dll, built under
                   another assembly name, e.g. git worktree add /tmp/old 0995b68 &&
                   dotnet build -c Release /tmp/old/src/HsmAnalyzers -p:AssemblyName=HsmAnalyzersOld -o /tmp/old-bin
          --configurations  only these of compile,baseline,bindonce,findings,hsm,net,nethsm,netfindings (baseline and hsm
                   are always run; the builds of --compare-with too; netfindings brings findings). findings and netfindings
                   (NetAnalyzers + the findings reference) run by default on the dense corpora only
        """;

    public int[] Files { get; private set; } = [1000, 4000, 10000];

    public int[] Lines { get; private set; } = [1000, 4000, 8000];

    public int[] DenseFiles { get; private set; } = [1000, 4000];

    public int[] DenseLines { get; private set; } = [1000, 4000];

    public bool DenseCompliant { get; private set; }

    public bool PerRule { get; private set; }

    public bool PerRuleOnly { get; private set; }

    public int PerRuleRepeats { get; private set; } = 3;

    public int Iterations { get; private set; } = 5;

    public int WarmUp { get; private set; } = 1;

    public int IdeDocuments { get; private set; } = 200;

    public int IdeRepeats { get; private set; } = 15;

    /// <summary><c>--ide-clock cpu</c>: the IDE view times each document with the process's processor time, not wall time.</summary>
    public bool IdeProcessorTime { get; private set; }

    public bool Concurrent { get; private set; } = true;

    public bool NetOnMiss { get; private set; }

    public bool Help { get; private set; }

    public string? OutputFile { get; private set; }

    public string Mode { get; private set; } = "--full";

    public HashSet<Configuration>? Configurations { get; private set; }

    public static Options Parse(string[] args)
    {
        var options = new Options();
        var denseOnly = false;
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int[] List() => Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            switch (args[i])
            {
                case "--quick":
                    options.Mode = "--quick";
                    options.Files = [1000];
                    options.Lines = [1000];
                    options.DenseFiles = [1000];
                    options.DenseLines = [];
                    options.Iterations = 5;
                    options.IdeDocuments = 40;
                    options.IdeRepeats = 7;
                    break;
                case "--full":
                    break;
                case "--files":
                    options.Files = List();
                    break;
                case "--lines":
                    options.Lines = List();
                    break;
                case "--dense":
                    denseOnly = true;
                    break;
                case "--dense-files":
                    options.DenseFiles = List();
                    break;
                case "--dense-lines":
                    options.DenseLines = List();
                    break;
                case "--dense-compliant":
                    options.DenseCompliant = true;
                    break;
                case "--per-rule":
                    options.PerRule = true;
                    break;
                case "--per-rule-only":
                    options.PerRule = true;
                    options.PerRuleOnly = true;
                    break;
                case "--per-rule-repeats":
                    options.PerRuleRepeats = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--iterations":
                    options.Iterations = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--warmup":
                    options.WarmUp = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--ide-documents":
                    options.IdeDocuments = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--ide-repeats":
                    options.IdeRepeats = int.Parse(Next(), CultureInfo.InvariantCulture);
                    break;
                case "--ide-clock":
                    options.IdeProcessorTime = Next() switch
                    {
                        "wall" => false,
                        "cpu" => true,
                        var clock => throw new ArgumentException("--ide-clock: wall or cpu, not " + clock),
                    };
                    break;
                case "--net-on-miss":
                    options.NetOnMiss = true;
                    break;
                case "--sequential":
                    options.Concurrent = false;
                    break;
                case "--out":
                    options.OutputFile = Next();
                    break;
                case "--compare-with":
                    var value = Next();
                    var separator = value.IndexOf('=', StringComparison.Ordinal);
                    var configuration = Analyzers.Compared.Count switch
                    {
                        0 => Configuration.CompareA,
                        1 => Configuration.CompareB,
                        _ => throw new ArgumentException("--compare-with: at most two builds"),
                    };
                    var label = separator > 0 ? value[..separator] : Path.GetFileName(value.TrimEnd('/'));
                    Analyzers.Compared[configuration] = (label, Analyzers.LoadBuild(separator > 0 ? value[(separator + 1)..] : value));
                    break;
                case "--configurations":
                    options.Configurations = Next().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(name => name switch
                    {
                        "compile" => Configuration.CompileOnly,
                        "baseline" => Configuration.Baseline,
                        "bindonce" => Configuration.BindOnce,
                        "findings" => Configuration.Findings,
                        "hsm" => Configuration.Hsm,
                        "net" => Configuration.Net,
                        "nethsm" => Configuration.NetHsm,
                        "netfindings" => Configuration.NetFindings,
                        _ => throw new ArgumentException("--configurations: unknown configuration " + name),
                    }).Append(Configuration.Baseline).Append(Configuration.Hsm).ToHashSet();
                    // The findings table, where netfindings is paired, is made only with the findings reference.
                    if (options.Configurations.Contains(Configuration.NetFindings))
                    {
                        options.Configurations.Add(Configuration.Findings);
                    }

                    break;
                case "-h" or "--help":
                    options.Help = true;
                    break;
                default:
                    throw new ArgumentException("Unknown argument " + args[i]);
            }
        }

        if (denseOnly)
        {
            options.Files = [];
            options.Lines = [];
        }

        return options;
    }

    /// <summary>Fewer iterations where one run takes tens of seconds (2 cores): the 4,000- and 10,000-file corpora in the full run.</summary>
    public int IterationsFor(Corpus corpus) => corpus.Unit != "file" || Mode != "--full" ? Iterations
        : corpus.Units >= 10000 ? Math.Min(Iterations, 2)
        : corpus.Units >= 4000 ? Math.Min(Iterations, 3)
        : Iterations;
}

/// <summary>The Markdown report: printed to standard output, and to <c>--out</c> when given.</summary>
internal sealed class Report
{
    private readonly Options _options;
    private readonly StringBuilder _text = new();

    public Report(Options options) => _options = options;

    public void Header(string environment)
    {
        _text.AppendLine("### HsmAnalyzers benchmark");
        _text.AppendLine();
        _text.AppendLine(environment + ".");
        _text.AppendLine();
    }

    public void Table(List<(Corpus Corpus, Dictionary<Configuration, List<Sample>> Samples)> results)
    {
        _text.AppendLine("| Corpus | Configuration | Median ms | Min–max ms | ms per unit | Median CPU ms | Allocated MB | Diagnostics |");
        _text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|");
        foreach (var (corpus, samples) in results)
        {
            foreach (var (configuration, list) in samples)
            {
                var median = Statistics.Median(list.Select(s => s.Milliseconds));
                var perUnit = corpus.Unit == "file" ? median / corpus.Units : median / (corpus.Units / 1000.0);
                _text.AppendLine(Invariant(
                    $"| {corpus.Name} | {Harness.Label(configuration)} | {median:F0} | {list.Min(s => s.Milliseconds):F0}–{list.Max(s => s.Milliseconds):F0} | {perUnit:F2} ms/{corpus.Unit} | {Statistics.Median(list.Select(s => s.CpuMilliseconds)):F0} | {Statistics.Median(list.Select(s => (double)s.AllocatedBytes)) / (1 << 20):F0} | {list[0].Diagnostics} |"));
            }
        }

        _text.AppendLine();
    }

    public void Derived(List<(Corpus Corpus, Dictionary<Configuration, List<Sample>> Samples, Dictionary<string, double> OwnMilliseconds, SortedDictionary<string, int> HsmDiagnostics)> results)
    {
        _text.AppendLine("Derived figures. *Extra* is the median of the per-iteration differences (the two runs of a pair are made moments apart), " +
            "of wall time and of processor time (the work done by every thread: what a build pays on a busy machine); " +
            "*noise* is half the min–max spread of the baseline's wall time; *own* is HsmAnalyzers' callback time from the driver's telemetry (an untimed run).");
        _text.AppendLine();
        _text.AppendLine("| Corpus | Extra over baseline | Over baseline | Noise (baseline) | CPU extra over baseline | CPU over baseline | HsmAnalyzers own | HSM diagnostics | Extra over NetAnalyzers | Over NetAnalyzers | CPU extra over NetAnalyzers | CPU over NetAnalyzers | Extra allocations |");
        _text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var (corpus, samples, own, hsmDiagnostics) in results)
        {
            var hasNet = samples.ContainsKey(Configuration.Net) && samples.ContainsKey(Configuration.NetHsm);
            var (extra, over) = Extra(samples, Configuration.Hsm, Configuration.Baseline, s => s.Milliseconds);
            var (cpuExtra, cpuOver) = Extra(samples, Configuration.Hsm, Configuration.Baseline, s => s.CpuMilliseconds);
            var (netExtra, netOver) = hasNet ? Extra(samples, Configuration.NetHsm, Configuration.Net, s => s.Milliseconds) : (double.NaN, double.NaN);
            var (netCpuExtra, netCpuOver) = hasNet ? Extra(samples, Configuration.NetHsm, Configuration.Net, s => s.CpuMilliseconds) : (double.NaN, double.NaN);
            var noise = (samples[Configuration.Baseline].Max(s => s.Milliseconds) - samples[Configuration.Baseline].Min(s => s.Milliseconds)) / 2;
            var allocations = Statistics.Median(samples[Configuration.Hsm].Select(s => (double)s.AllocatedBytes))
                - Statistics.Median(samples[Configuration.Baseline].Select(s => (double)s.AllocatedBytes));
            string Figure(double value, string format, string unit) => double.IsNaN(value) ? "–" : value.ToString(format, CultureInfo.InvariantCulture) + unit;
            _text.AppendLine(Invariant(
                $"| {corpus.Name} | {extra:F0} ms | {over:F1} % | ±{noise:F0} ms | {cpuExtra:F0} ms | {cpuOver:F1} % | {own.Values.Sum():F1} ms | {hsmDiagnostics.Values.Sum()} | {Figure(netExtra, "F0", " ms")} | {Figure(netOver, "F1", " %")} | {Figure(netCpuExtra, "F0", " ms")} | {Figure(netCpuOver, "F1", " %")} | {allocations / (1 << 20):F1} MB |"));
        }

        _text.AppendLine();
        var withReference = results.Where(r => r.Samples.ContainsKey(Configuration.BindOnce)).ToList();
        if (withReference.Count > 0)
        {
            _text.AppendLine("Against the bind-once reference (an analyzer whose only action is a no-op operation-block action: the driver binds " +
                "every body and builds its operation tree, the cost any analyzer that needs semantic information on every body pays; " +
                "issue 14's target is HsmAnalyzers at or below it). Medians of the per-iteration differences, as above:");
            _text.AppendLine();
            _text.AppendLine("| Corpus | Bind-once over baseline | HsmAnalyzers over baseline | HsmAnalyzers extra over bind-once | HsmAnalyzers over bind-once | CPU extra over bind-once | CPU over bind-once |");
            _text.AppendLine("|---|--:|--:|--:|--:|--:|--:|");
            foreach (var (corpus, samples, _, _) in withReference)
            {
                var (_, referenceOver) = Extra(samples, Configuration.BindOnce, Configuration.Baseline, s => s.Milliseconds);
                var (_, hsmOver) = Extra(samples, Configuration.Hsm, Configuration.Baseline, s => s.Milliseconds);
                var (extra, over) = Extra(samples, Configuration.Hsm, Configuration.BindOnce, s => s.Milliseconds);
                var (cpuExtra, cpuOver) = Extra(samples, Configuration.Hsm, Configuration.BindOnce, s => s.CpuMilliseconds);
                _text.AppendLine(Invariant(
                    $"| {corpus.Name} | {referenceOver:+0.0;-0.0} % | {hsmOver:+0.0;-0.0} % | {extra:F0} ms | {over:+0.0;-0.0} % | {cpuExtra:F0} ms | {cpuOver:+0.0;-0.0} % |"));
            }

            _text.AppendLine();
        }

        var withFindings = results.Where(r => r.Samples.ContainsKey(Configuration.Findings)).ToList();
        if (withFindings.Count > 0)
        {
            _text.AppendLine("Against HsmAnalyzers' findings alone (the same findings, at the same locations, reported by an analyzer that " +
                "analyses nothing: for each one the compiler looks for `[SuppressMessage]` on the declarations around it, binding " +
                "again the member of a finding that lies under a local declaration). *Beyond the findings* subtracts what they alone " +
                "cost from HsmAnalyzers' extra: the rules' work. Next to NetAnalyzers the findings alone are NetAnalyzers + the " +
                "findings reference against NetAnalyzers, and beyond them is NetAnalyzers + HsmAnalyzers against NetAnalyzers + the " +
                "findings reference, paired in each iteration (both pay the driver's cost of one more analyzer); without that " +
                "configuration the findings alone over the baseline are subtracted instead (marked *). Processor time, medians of " +
                "the per-iteration differences:");
            _text.AppendLine();
            _text.AppendLine("| Corpus | Findings | Findings alone over baseline | HsmAnalyzers over baseline | HsmAnalyzers beyond the findings | Beyond the findings, % of baseline | Next to NetAnalyzers: extra over them | Findings alone next to NetAnalyzers | That, beyond the findings | Beyond the findings, % of NetAnalyzers |");
            _text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach (var (corpus, samples, _, _) in withFindings)
            {
                var (findingsExtra, _) = Extra(samples, Configuration.Findings, Configuration.Baseline, s => s.CpuMilliseconds);
                var (hsmExtra, _) = Extra(samples, Configuration.Hsm, Configuration.Baseline, s => s.CpuMilliseconds);
                var baseline = Statistics.Median(samples[Configuration.Baseline].Select(s => s.CpuMilliseconds));
                var netColumns = "– | – | – | –";
                if (samples.ContainsKey(Configuration.Net) && samples.ContainsKey(Configuration.NetHsm))
                {
                    var (netExtra, _) = Extra(samples, Configuration.NetHsm, Configuration.Net, s => s.CpuMilliseconds);
                    var net = Statistics.Median(samples[Configuration.Net].Select(s => s.CpuMilliseconds));
                    if (samples.ContainsKey(Configuration.NetFindings))
                    {
                        var (findingsNextToNet, _) = Extra(samples, Configuration.NetFindings, Configuration.Net, s => s.CpuMilliseconds);
                        var (beyond, _) = Extra(samples, Configuration.NetHsm, Configuration.NetFindings, s => s.CpuMilliseconds);
                        netColumns = Invariant($"{netExtra:F0} ms | {findingsNextToNet:F0} ms | {beyond:F0} ms | {100 * beyond / net:+0.0;-0.0} %");
                    }
                    else
                    {
                        netColumns = Invariant($"{netExtra:F0} ms | {findingsExtra:F0} ms* | {netExtra - findingsExtra:F0} ms* | {100 * (netExtra - findingsExtra) / net:+0.0;-0.0} %*");
                    }
                }

                _text.AppendLine(Invariant(
                    $"| {corpus.Name} | {samples[Configuration.Findings][0].Diagnostics - samples[Configuration.Baseline][0].Diagnostics} | {findingsExtra:F0} ms | {hsmExtra:F0} ms | {hsmExtra - findingsExtra:F0} ms | {100 * (hsmExtra - findingsExtra) / baseline:+0.0;-0.0} % | {netColumns} |"));
            }

            _text.AppendLine();
        }

        var compared = results.SelectMany(r => r.Samples.Keys).Where(c => c is Configuration.CompareA or Configuration.CompareB).Distinct().Order().ToList();
        if (compared.Count > 0)
        {
            _text.AppendLine("Against the other builds (`--compare-with`), in the same rotation: this build's extra over each, as the median of the " +
                "per-iteration differences (negative: this build is faster), and each build's cost over the baseline, of processor and wall time:");
            _text.AppendLine();
            _text.AppendLine("| Corpus | Build | Median CPU ms | CPU over baseline | This build's CPU extra over it | This build over it (CPU) | This build over it (wall) | Diagnostics (this build) |");
            _text.AppendLine("|---|---|--:|--:|--:|--:|--:|--:|");
            foreach (var (corpus, samples, _, _) in results)
            {
                foreach (var configuration in compared.Prepend(Configuration.Hsm).Where(samples.ContainsKey))
                {
                    var (_, cpuOverBaseline) = Extra(samples, configuration, Configuration.Baseline, s => s.CpuMilliseconds);
                    var median = Statistics.Median(samples[configuration].Select(s => s.CpuMilliseconds));
                    var (cpuExtra, cpuOver) = Extra(samples, Configuration.Hsm, configuration, s => s.CpuMilliseconds);
                    var (_, wallOver) = Extra(samples, Configuration.Hsm, configuration, s => s.Milliseconds);
                    var self = configuration == Configuration.Hsm;
                    _text.AppendLine(Invariant(
                        $"| {corpus.Name} | {(self ? "this build" : Harness.Label(configuration))} | {median:F0} | {cpuOverBaseline:+0.0;-0.0} % | {(self ? "" : $"{cpuExtra:F0} ms")} | {(self ? "" : $"{cpuOver:+0.0;-0.0} %")} | {(self ? "" : $"{wallOver:+0.0;-0.0} %")} | {samples[configuration][0].Diagnostics} ({samples[Configuration.Hsm][0].Diagnostics}) |"));
                }
            }

            _text.AppendLine();
        }

        foreach (var (corpus, _, _, hsmDiagnostics) in results.Where(r => r.Corpus.Name.StartsWith("dense", StringComparison.Ordinal)))
        {
            _text.AppendLine(Invariant($"HSM diagnostics on {corpus.Name}, by rule: {string.Join(", ", hsmDiagnostics.Select(p => $"{p.Key} {p.Value}"))}."));
            _text.AppendLine();
        }

        var names = results.SelectMany(r => r.OwnMilliseconds.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        _text.AppendLine("HsmAnalyzers' own callback time per analyzer, ms (telemetry; on the miss corpora only the compilation-start action runs):");
        _text.AppendLine();
        _text.AppendLine($"| Corpus | {string.Join(" | ", names)} |");
        _text.AppendLine($"|---|{string.Concat(names.Select(_ => "--:|"))}");
        foreach (var (corpus, _, own, _) in results)
        {
            _text.AppendLine($"| {corpus.Name} | {string.Join(" | ", names.Select(name => own.TryGetValue(name, out var ms) ? ms.ToString("F1", CultureInfo.InvariantCulture) : "–"))} |");
        }

        _text.AppendLine();
        _text.AppendLine("Growth (ratio of medians; linear growth is the size ratio: 4.0 then 2.5 for files, 4.0 then 2.0 for lines):");
        _text.AppendLine();
        _text.AppendLine("| Series | Configuration | Sizes | Ratios | ms per unit |");
        _text.AppendLine("|---|---|---|---|---|");
        foreach (var series in new[] { "miss", "hit", "dense", "dense compliant" })
        {
            GrowthRows(results.Where(r => r.Corpus.Unit == "file" && Series(r.Corpus.Name) == series).ToList(), series + " files");
        }

        foreach (var series in new[] { "hit", "dense" })
        {
            GrowthRows(results.Where(r => r.Corpus.Unit != "file" && Series(r.Corpus.Name) == series).ToList(), series + " single-file lines");
        }
        _text.AppendLine();
    }

    public void Ide(Corpus corpus, List<DocumentTiming> timings)
    {
        _text.AppendLine(Invariant($"IDE view ({corpus.Name}; {(_options.IdeProcessorTime && ThreadClock.IsProcessorTime ? "processor time of the process" : "wall time")}): per-document semantic analysis without concurrent execution, NetAnalyzers alone vs NetAnalyzers + HsmAnalyzers, {timings.Count} documents, median of {_options.IdeRepeats} repeat(s) per document; noise: NetAnalyzers alone vs NetAnalyzers alone; one finding: what an analyzer that reports one diagnostic in a method body of each document adds to NetAnalyzers (a reference); its findings: what HsmAnalyzers' findings in the document add when an analyzer that analyses nothing reports them at the same locations (the floor of any analyzer reporting them); beyond its findings: the document's extra less that; hosts without rules: what HsmAnalyzers' two hosts add with every rule started but none run on a file (the hosts' own cost: the driver's handling of their actions, the syntax index, the severity checks); all measured the same way:"));
        _text.AppendLine();
        _text.AppendLine("| Documents | Count | NetAnalyzers p50 | NetAnalyzers p95 | Extra p50 | Extra p95 | Extra max | Noise p50 | Noise p95 | One finding p50 | One finding p95 | Its findings p50 | Its findings p95 | Beyond its findings p50 | Beyond its findings p95 | Hosts without rules p50 | Hosts without rules p95 |");
        _text.AppendLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var (label, subset) in new[]
        {
            ("all sampled", timings),
            ("using the SDK", timings.Where(t => t.UsesSdk).ToList()),
            ("ordinary code", timings.Where(t => !t.UsesSdk).ToList()),
        })
        {
            if (subset.Count == 0)
            {
                continue;
            }

            _text.AppendLine(Invariant(
                $"| {label} | {subset.Count} | {Statistics.Percentile(subset.Select(t => t.NetMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.NetMilliseconds), 95):F2} ms | {Statistics.Percentile(subset.Select(t => t.ExtraMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.ExtraMilliseconds), 95):F2} ms | {subset.Max(t => t.ExtraMilliseconds):F2} ms | {Statistics.Percentile(subset.Select(t => t.NoiseMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.NoiseMilliseconds), 95):F2} ms | {Statistics.Percentile(subset.Select(t => t.OneFindingMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.OneFindingMilliseconds), 95):F2} ms | {Statistics.Percentile(subset.Select(t => t.FindingsMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.FindingsMilliseconds), 95):F2} ms | {Statistics.Percentile(subset.Select(t => t.ExtraMilliseconds - t.FindingsMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.ExtraMilliseconds - t.FindingsMilliseconds), 95):F2} ms | {Statistics.Percentile(subset.Select(t => t.HostsMilliseconds), 50):F2} ms | {Statistics.Percentile(subset.Select(t => t.HostsMilliseconds), 95):F2} ms |"));
        }

        // The sample holds as many SDK documents as ordinary ones; weighted, each stands for its share of the corpus.
        var sdkSampled = timings.Count(t => t.UsesSdk);
        var plainSampled = timings.Count - sdkSampled;
        if (sdkSampled > 0 && plainSampled > 0)
        {
            double Weight(DocumentTiming t) => t.UsesSdk ? (double)corpus.SdkFiles / sdkSampled : (double)(corpus.Trees.Length - corpus.SdkFiles) / plainSampled;
            string Weighted(Func<DocumentTiming, double> measure, double percent) =>
                Invariant($"{Statistics.WeightedPercentile(timings.Select(t => (measure(t), Weight(t))), percent):F2} ms");
            _text.AppendLine(Invariant(
                $"| as in the corpus (1 in {corpus.Trees.Length / corpus.SdkFiles} uses the SDK; weighted) | {timings.Count} | {Weighted(t => t.NetMilliseconds, 50)} | {Weighted(t => t.NetMilliseconds, 95)} | {Weighted(t => t.ExtraMilliseconds, 50)} | {Weighted(t => t.ExtraMilliseconds, 95)} | {timings.Max(t => t.ExtraMilliseconds):F2} ms | {Weighted(t => t.NoiseMilliseconds, 50)} | {Weighted(t => t.NoiseMilliseconds, 95)} | {Weighted(t => t.OneFindingMilliseconds, 50)} | {Weighted(t => t.OneFindingMilliseconds, 95)} | {Weighted(t => t.FindingsMilliseconds, 50)} | {Weighted(t => t.FindingsMilliseconds, 95)} | {Weighted(t => t.ExtraMilliseconds - t.FindingsMilliseconds, 50)} | {Weighted(t => t.ExtraMilliseconds - t.FindingsMilliseconds, 95)} | {Weighted(t => t.HostsMilliseconds, 50)} | {Weighted(t => t.HostsMilliseconds, 95)} |"));
        }

        _text.AppendLine();
    }

    public void PerRule(RuleTimingReport timings)
    {
        var clock = ThreadClock.IsProcessorTime ? "processor time of the analyzing thread" : "wall time (no per-thread clock on this platform)";
        _text.AppendLine(Invariant($"Per-rule time on {timings.Corpus.Name} ({timings.Corpus.Trees.Length} files; `--per-rule`: each rule's runs on the files timed inside hosts rebuilt with the same rules and loop, sequential analysis, {clock}, median of {timings.Repeats} repeat(s) after one uncounted run). Every body of a file is bound before the first rule runs on it, and that time is given apart, so a rule's figure is its own work, not the binding its first query would trigger:"));
        _text.AppendLine();
        _text.AppendLine("| Rule | ms | Share of the rules' time | MB allocated |");
        _text.AppendLine("|---|--:|--:|--:|");
        foreach (var rule in timings.Rules)
        {
            _text.AppendLine(Invariant($"| {rule.Rule} | {rule.Milliseconds:F1} | {rule.Share:F1} % | {rule.AllocatedMegabytes:F1} |"));
        }

        _text.AppendLine(Invariant($"| **all rules** | {timings.RulesMilliseconds:F1} | 100 % | {timings.Rules.Sum(rule => rule.AllocatedMegabytes):F1} |"));
        _text.AppendLine(Invariant($"| binding every body of every file (before the rules; the bind-once reference's work) | {timings.BindMilliseconds:F1} | | |"));
        _text.AppendLine();
        _text.AppendLine(Invariant($"Wall time: the hosts' callbacks {timings.HostWallMilliseconds:F0} ms (driver telemetry), of which the rules and the binding before them {timings.RulesWallMilliseconds:F0} ms; the rest is the hosts' own (syntax index, severity checks)."));
        _text.AppendLine();
    }

    public void PerRuleNextToNet(NextToNetReport timings)
    {
        var clock = ThreadClock.IsProcessorTime ? "processor time" : "wall time (no per-thread clock on this platform)";
        var rest = timings.RunMilliseconds - timings.HostsMilliseconds;
        _text.AppendLine(Invariant($"Per-rule time next to NetAnalyzers on {timings.Corpus.Name} (the same timed hosts beside NetAnalyzers at the build view's severities, nothing bound beforehand, sequential analysis, {clock}, median of {timings.Repeats} repeat(s) after one uncounted run). A rule's time includes whatever its queries make the compiler do and the collections that start while it runs; the run is everything else the process did meanwhile (compiler, driver, NetAnalyzers):"));
        _text.AppendLine();
        _text.AppendLine("| Rule | ms | Share of the rules' time | MB allocated |");
        _text.AppendLine("|---|--:|--:|--:|");
        foreach (var rule in timings.Rules.Take(10))
        {
            _text.AppendLine(Invariant($"| {rule.Rule} | {rule.Milliseconds:F1} | {rule.Share:F1} % | {rule.AllocatedMegabytes:F1} |"));
        }

        var others = timings.Rules.Skip(10).ToList();
        _text.AppendLine(Invariant($"| the other {others.Count} rules | {others.Sum(r => r.Milliseconds):F1} | {others.Sum(r => r.Share):F1} % | {others.Sum(r => r.AllocatedMegabytes):F1} |"));
        _text.AppendLine(Invariant($"| **all rules** | {timings.RulesMilliseconds:F1} | 100 % | {timings.RulesAllocatedMegabytes:F1} |"));
        _text.AppendLine();
        _text.AppendLine(Invariant($"The run: {timings.RunMilliseconds:F0} ms of processor time and {timings.RunAllocatedMegabytes:F0} MB allocated. The rules: {timings.RulesMilliseconds:F0} ms ({100 * timings.RulesMilliseconds / rest:F1} % over the rest of the run) and {100 * timings.RulesAllocatedMegabytes / timings.RunAllocatedMegabytes:F1} % of its allocations (their share of the collections, wherever those start). **The hosts' callbacks in all (the rules and the hosts' own work: syntax index, severity checks; driver telemetry, wall time of the one analyzing thread): {timings.HostsMilliseconds:F0} ms, {100 * timings.HostsMilliseconds / rest:F1} % over the rest of the run.**"));
        _text.AppendLine();
    }

    /// <summary>Writes what the report has so far to <c>--out</c>, so that a long run stopped early keeps its finished sections.</summary>
    public void Save()
    {
        if (_options.OutputFile is { } path)
        {
            File.WriteAllText(path, _text.ToString());
        }
    }

    public void Write()
    {
        var text = _text.ToString();
        Console.Write(text);
        if (_options.OutputFile is { } path)
        {
            File.WriteAllText(path, text);
        }
    }

    /// <summary>The median of the paired differences of <paramref name="measure"/> between two configurations, and
    /// that as a share of the second one's median.</summary>
    private static (double Extra, double Percent) Extra(Dictionary<Configuration, List<Sample>> samples, Configuration with, Configuration without, Func<Sample, double> measure)
    {
        var extra = Statistics.Median(samples[with].Zip(samples[without], (a, b) => measure(a) - measure(b)));
        return (extra, 100 * extra / Statistics.Median(samples[without].Select(measure)));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A corpus's name before its size: "dense compliant" for "dense compliant 1000 files", "hit" for "hit 1 file of 4000 lines".</summary>
    private static string Series(string corpusName) => corpusName.Substring(0, corpusName.IndexOfAny("0123456789".ToCharArray())).TrimEnd();

    private void GrowthRows(List<(Corpus Corpus, Dictionary<Configuration, List<Sample>> Samples, Dictionary<string, double> OwnMilliseconds, SortedDictionary<string, int> HsmDiagnostics)> series, string label)
    {
        if (series.Count < 2)
        {
            return;
        }

        foreach (var configuration in new[] { Configuration.CompileOnly, Configuration.Baseline, Configuration.BindOnce, Configuration.Hsm, Configuration.NetHsm })
        {
            if (series.Any(r => !r.Samples.ContainsKey(configuration)))
            {
                continue;
            }

            var medians = series.Select(r => Statistics.Median(r.Samples[configuration].Select(s => s.Milliseconds))).ToList();
            var ratios = medians.Zip(medians.Skip(1), (a, b) => (b / a).ToString("F2", CultureInfo.InvariantCulture));
            var perUnit = series.Zip(medians, (r, m) => (r.Corpus.Unit == "file" ? m / r.Corpus.Units : m / (r.Corpus.Units / 1000.0)).ToString("F2", CultureInfo.InvariantCulture));
            _text.AppendLine($"| {label} | {Harness.Label(configuration)} | {string.Join(" → ", series.Select(r => r.Corpus.Units.ToString(CultureInfo.InvariantCulture)))} | {string.Join(", ", ratios)} | {string.Join(", ", perUnit)} |");
        }
    }
}
