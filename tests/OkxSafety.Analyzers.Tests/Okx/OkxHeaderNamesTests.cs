using OkxSafety.Analyzers.Internals;
using OkxSafety.Analyzers.Okx;

namespace OkxSafety.Analyzers.Tests.Okx;

public sealed class OkxHeaderNamesTests
{
    [Theory]
    [InlineData("OK-ACCESS-KEY", OkxHeader.AccessKey)]
    [InlineData("ok-access-key", OkxHeader.AccessKey)]
    [InlineData("OK-ACCESS-SIGN", OkxHeader.AccessSign)]
    [InlineData("OK-ACCESS-TIMESTAMP", OkxHeader.AccessTimestamp)]
    [InlineData("Ok-Access-Passphrase", OkxHeader.AccessPassphrase)]
    [InlineData("X-SIMULATED-TRADING", OkxHeader.SimulatedTrading)]
    [InlineData("OK-ACCESS-PASSPRASE", OkxHeader.OtherAccess)]
    [InlineData("Content-Type", OkxHeader.None)]
    [InlineData(null, OkxHeader.None)]
    public void Classifies_header_names_case_insensitively(string? name, object expected) =>
        Assert.Equal((OkxHeader)expected, OkxHeaderNames.Classify(name));

    [Theory]
    [InlineData("OK-ACCESS-KEY", true)]
    [InlineData("OK_ACCESS_PASSPHRASE", true)]
    [InlineData("ok-access", true)]
    [InlineData("OKACCESSSIGN", true)]
    [InlineData("OK-ACCES-KEY", false)]
    [InlineData("X-OK-ACCESS-KEY", false)]
    [InlineData("OK-", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Recognises_names_that_start_like_a_signed_header_whatever_the_separators(string? name, bool expected) =>
        Assert.Equal(expected, OkxHeaderNames.StartsLikeAccessHeader(name));

    [Theory]
    [InlineData("OK-ACCESS-PASSPRASE", true)]
    [InlineData("OK_ACCESS_PASSPHRASE", true)]
    [InlineData("OK-ACCESS-PASS", true)]
    [InlineData("OK-ACCESS-PASSWORD", true)]
    [InlineData("OKACCESSPASSPHRASE", true)]
    [InlineData("OK-ACCESS-PASSPHRASE", false)]
    [InlineData("ok-access-passphrase", false)]
    [InlineData("OK-ACCESS-KEY", false)]
    [InlineData("OK-ACCESS-SIGN", false)]
    [InlineData("Authorization", false)]
    public void Recognises_near_misses_of_the_passphrase_header(string name, bool expected) =>
        Assert.Equal(expected, OkxHeaderNames.IsPassphraseNearMiss(name));

    [Theory]
    [InlineData("x-simulated-trade", true)]
    [InlineData("x-simulate-trading", true)]
    [InlineData("x-simulated_trading", true)]
    [InlineData("simulated-trading", true)]
    [InlineData("x-simulation-trading", true)]
    [InlineData("x-simulated-trading", false)]
    [InlineData("X-SIMULATED-TRADING", false)]
    [InlineData("x-request-id", false)]
    [InlineData("Accept", false)]
    public void Recognises_near_misses_of_the_simulated_trading_header(string name, bool expected) =>
        Assert.Equal(expected, OkxHeaderNames.IsSimulatedTradingNearMiss(name));

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("abc", "abc", 0, 0)]
    [InlineData("abcdefgh", "a", 3, 4)]
    public void Edit_distance_is_bounded(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.Bounded(a, b, max));
}
