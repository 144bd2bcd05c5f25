using System.Text.Json;

namespace OkxSafety.Analyzers.Tests.Package;

/// <summary>What a SARIF upload needs from a compiler error log, checked on a file the documented commands wrote.</summary>
public static class SarifLog
{
    /// <summary>
    /// SARIF 2.1.0 (what GitHub code scanning accepts), one run, every OkxSafety rule with its help link, and the
    /// findings' rule ids with their levels.
    /// </summary>
    public static List<(string RuleId, string Level)> AssertUploadable(string path)
    {
        Assert.True(File.Exists(path), "no SARIF at " + path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("2.1.0", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());

        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetString()!, r => r);
        foreach (var descriptor in PackageConsumptionTests.AllDescriptors())
        {
            Assert.True(rules.TryGetValue(descriptor.Id, out var rule), descriptor.Id + " is not among the SARIF rules");
            Assert.Equal(descriptor.HelpLinkUri, rule.GetProperty("helpUri").GetString());
            Assert.Equal(descriptor.Title.ToString(), rule.GetProperty("shortDescription").GetProperty("text").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
        }

        return run.GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("ruleId").GetString()!, r.TryGetProperty("level", out var level) ? level.GetString()! : "warning"))
            .Where(r => r.Item1.StartsWith("OKX", StringComparison.Ordinal))
            .ToList();
    }
}
