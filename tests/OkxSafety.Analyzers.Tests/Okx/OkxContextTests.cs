using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class OkxContextTests
{
    [Theory]
    [InlineData("class OkxClient { }")]
    [InlineData("namespace Bots.Okex { class Client { } }")]
    [InlineData("class Client { string Url = \"https://www.okx.com\"; }")]
    [InlineData("class Client { string Path = \"/api/v5/account/balance\"; }")]
    [InlineData("class Client { string H = \"OK-ACCESS-KEY\"; }")]
    [InlineData("class Client { OKX.Net.Objects.OKXCredentials? C; }")]
    public void Code_that_talks_to_okx(string source)
    {
        var compilation = ModelCompilation.Create(source);
        var type = compilation.Compilation.GetSymbolsWithName(n => n.Contains("Client"), Microsoft.CodeAnalysis.SymbolFilter.Type).Single();
        Assert.True(new OkxContext().IsOkxContext(type, CancellationToken.None));
    }

    [Theory]
    [InlineData("class BinanceClient { string Url = \"https://api.binance.com\"; string ApiKey = \"k\"; }")]
    [InlineData("class Client { string Url = \"https://example.com/api/v3\"; }")]
    public void Code_that_does_not(string source)
    {
        var compilation = ModelCompilation.Create(source);
        var type = compilation.Compilation.GetSymbolsWithName(n => n.Contains("Client"), Microsoft.CodeAnalysis.SymbolFilter.Type).Single();
        Assert.False(new OkxContext().IsOkxContext(type, CancellationToken.None));
    }
}
