using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Verify = HsmAnalyzers.Tests.Infrastructure.Verifier<HsmAnalyzers.Rules.HSM1206SasTokenInSourceRule, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>;

namespace HsmAnalyzers.Tests.Rules;

public class HSM1206SasTokenInSourceTests
{
    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Error(int location) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("HSM1206", DiagnosticSeverity.Error).WithLocation(location);

    public class Valid
    {
        [Theory]
        [InlineData("\"sig=\"")]
        [InlineData("\"?sv=2022-11-02&sig=\"")]
        [InlineData("\"?sv={0}&se={1}&sig={2}\"")]
        [InlineData("$\"?sv=2022-11-02&se={expiry}&sig={signature}\"")]
        [InlineData("\"sig=AbCd%2B123\"")]
        [InlineData("\"?sv=2022-11-02&sp=r\"")]
        [InlineData("\"design=final&sv=2022-11-02\"")]
        [InlineData("\"?sv=2022-11-02&xsig=AbCd\"")]
        [InlineData("\"Use a SAS token: sv, se, sp and sig=\"")]
        public Task NoSignatureWritten(string text) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                string Build(string expiry, string signature) => {{text}};
            }
            """);
    }

    public class Diagnostics
    {
        [Theory]
        [InlineData("{|#0:\"https://contoso.blob.core.windows.net/backup?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2026-12-31T00:00:00Z&spr=https&sig=AbCdEf%2BGh%3D\"|}")]
        [InlineData("{|#0:\"sig=AbCdEf%2BGh%3D&sv=2022-11-02\"|}")]
        [InlineData("{|#0:@\"?sp=racwdl&st=2026-01-01&sig=AbCd\"|}")]
        [InlineData("{|#0:\"\"\"\n        ?sr=c&sig=AbCd/+=\n        \"\"\"|}")]
        [InlineData("$\"https://{account}{|#0:.blob.core.windows.net/backup?sv=2022-11-02&sr=c&sig=AbCd|}\"")]
        [InlineData("$\"\"\"{account}{|#0:?se=2026-12-31&sig=AbCd|}\"\"\"")]
        public Task SignatureInAStringOfAnyKind(string text) => Verify.VerifyAnalyzerAsync($$"""
            class C
            {
                string Build(string account) => {{text}};
            }
            """,
            expected: Error(0));

        [Fact]
        public Task ConstantsAndUtf8Strings() => Verify.VerifyAnalyzerAsync("""
            class C
            {
                const string Sas = {|#0:"?sv=2022-11-02&sig=AbCd"|};

                ReadOnlySpan<byte> Bytes => {|#1:"sv=2022-11-02&sig=AbCd"u8|};
            }
            """,
            expected: [Error(0), Error(1)]);
    }
}
