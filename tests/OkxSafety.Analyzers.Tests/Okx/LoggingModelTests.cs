using OkxSafety.Analyzers.Okx.Logging;

namespace OkxSafety.Analyzers.Tests.Okx;

/// <summary>The text-sink model's pure parts: message-template holes and log names.</summary>
public sealed class LoggingModelTests
{
    [Theory]
    [InlineData("Placed {OrderId} with {@Options}", new[] { false, true })]
    [InlineData("{@A}{B}{$C}", new[] { true, false, false })]
    [InlineData("Escaped {{@NotAHole}} then {@Hole}", new[] { true })]
    [InlineData("No holes at all", new bool[0])]
    [InlineData("Unclosed {@Hole", new bool[0])]
    [InlineData("{0} {1:o}", new[] { false, false })]
    public void DestructuringHoles_AreFoundInOrder(string template, bool[] expected)
    {
        Assert.Equal(expected, MessageTemplates.DestructuringHoles(template));
    }

    [Theory]
    [InlineData("okx-bot.log", true)]
    [InlineData("logs/okx.txt", true)]
    [InlineData("_logWriter", true)]
    [InlineData("LogFile", true)]
    [InlineData("catalog.txt", false)]
    [InlineData("dialogWriter", false)]
    [InlineData("loginWriter", false)]
    [InlineData("okx-keys.txt", false)]
    public void NamesALog(string name, bool expected)
    {
        Assert.Equal(expected, TextSinks.NamesALog(name));
    }
}
