using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public class TradingIntentTests
{
    [Theory]
    [InlineData("isDemo")]
    [InlineData("useDemo")]
    [InlineData("IsDemoAccount")]
    [InlineData("_simulated")]
    [InlineData("SimulationMode")]
    [InlineData("paperTrading")]
    [InlineData("UseSandbox")]
    [InlineData("IsTestnet")]
    [InlineData("use_test_net")]
    [InlineData("IS_DEMO")]
    [InlineData("isdemo")]
    [InlineData("usetestnet")]
    [InlineData("OKXDemo")]
    [InlineData("Demo")]
    [InlineData("paper")]
    [InlineData("isNotLive")]
    [InlineData("nonProduction")]
    [InlineData("LiveTradingDisabled")]
    public void OfName_Demo(string name) => Assert.Equal(TradingIntent.Demo, TradingIntents.OfName(name));

    [Theory]
    [InlineData("isLive")]
    [InlineData("IsProduction")]
    [InlineData("isProd")]
    [InlineData("useRealMoney")]
    [InlineData("IsMainnet")]
    [InlineData("main_net")]
    [InlineData("LiveTradingEnabled")]
    [InlineData("Live")]
    [InlineData("production")]
    [InlineData("IsNotDemo")]
    [InlineData("DemoDisabled")]
    public void OfName_Live(string name) => Assert.Equal(TradingIntent.Live, TradingIntents.OfName(name));

    [Theory]
    [InlineData("isLiveData")]
    [InlineData("demoteUser")]
    [InlineData("isRealTime")]
    [InlineData("realtime")]
    [InlineData("paperSize")]
    [InlineData("product")]
    [InlineData("liveFeed")]
    [InlineData("isDemoOrLive")]
    [InlineData("Europe")]
    [InlineData("test")]
    [InlineData("")]
    [InlineData(null)]
    public void OfName_Unknown(string? name) => Assert.Equal(TradingIntent.Unknown, TradingIntents.OfName(name));

    [Fact]
    public void SplitWords_SplitsEveryCasingStyle()
    {
        Assert.Equal(new[] { "is", "demo", "account" }, TradingIntents.SplitWords("IsDemoAccount"));
        Assert.Equal(new[] { "okx", "demo" }, TradingIntents.SplitWords("OKXDemo"));
        Assert.Equal(new[] { "use", "test", "net" }, TradingIntents.SplitWords("use_test-net"));
        Assert.Equal(new[] { "live" }, TradingIntents.SplitWords("_live2"));
    }
}
